import numpy as np
a = np.arange(4).reshape((2, 2)).astype(np.bool)
try:
    a[a < 0] += 1
except Exception as e:
    print(type(e).__name__, e)
b = np.arange(5)
b[[0, 0, 1]] += 1
print(b)
c = np.arange(5.)
c[c > 2] /= 2
print(c)
d = np.arange(3)
d[d > 0] += 1.5
print(d)
