import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
f = np.array([1.5, -2.5, 0.0])
m = np.array([True, False, True])
x = np.arange(10)
s = np.add(x, x, dtype=np.float32)
print(repr(s), s.dtype)
print(repr(np.sqrt(x, dtype=np.float32)))
