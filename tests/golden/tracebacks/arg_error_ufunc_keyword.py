import numpy as np
a = np.array([1, 2, 3])
b = np.add(a, 1, foo=2)
