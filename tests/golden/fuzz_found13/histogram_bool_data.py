# np.histogram bins booleans as uint8, with a RuntimeWarning.
import numpy as np
print(np.histogram([True, False, True], bins='auto'))
print(np.histogram(np.array([True, False, True])))
print(np.histogram_bin_edges([True, False, True], bins='sturges'))
print(np.histogram(np.array([[True], [True]]), bins=2, weights=[[0.5], [2]]))
np.histogram(np.array([True, False]), bins=3, weights=[1, 2, 3])
