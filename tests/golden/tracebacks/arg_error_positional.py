import numpy as np
a = np.array([1, 2, 3])
b = np.cumsum(a, 0, int, None, 5)
