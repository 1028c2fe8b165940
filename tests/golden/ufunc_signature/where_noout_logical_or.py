import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
f = np.array([1.5, -2.5, 0.0])
m = np.array([True, False, True])
r = np.logical_or(a, f, where=m)
print(repr(np.where(m, r, 0)), r.dtype, r.shape)
r = np.logical_or(a, f, where=[True, False, True])
print(repr(np.where(m, r, 0)), r.dtype, r.shape)
