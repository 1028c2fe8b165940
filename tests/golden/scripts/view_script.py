import numpy as np
a = np.arange(6).reshape(2, 3)
v = a[:, 1]
v[:] = 0
print(a)
print(a.cumsum(axis=1))
