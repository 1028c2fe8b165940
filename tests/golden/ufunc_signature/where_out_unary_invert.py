import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
f = np.array([1.5, -2.5, 0.0])
m = np.array([True, False, True])
o = np.zeros(3, int)
np.invert(a, where=m, out=o)
print(repr(o))
try:
    print(repr(np.invert(a, where=m, out=np.zeros(3, int), casting='no')))
except Exception as e:
    print(type(e).__name__, e)
