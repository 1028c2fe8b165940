import numpy as np
print(np.average([1, 2, 3, 4]), np.average([1, 2, 3], weights=[3, 1, 1]))
d = np.arange(6).reshape(3, 2)
print(np.average(d, axis=1, weights=[0.25, 0.75]))
print(np.average(d, axis=0, returned=True))
print(np.average(d, returned=True))
print(np.average(d, axis=1, weights=[1, 3], returned=True))
print(np.average([1.0, 2.0], weights=[1, 1]))
