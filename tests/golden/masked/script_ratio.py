import numpy as np
num = np.ma.array([1.0, 2.0, 3.0, 4.0], mask=[0, 0, 1, 0])
den = np.array([2.0, 0.0, 1.0, 4.0])
r = num / den
print(r)
print(repr(r))
print(r.mean())
