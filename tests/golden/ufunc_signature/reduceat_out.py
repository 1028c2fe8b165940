import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
f = np.array([1.5, -2.5, 0.0])
m = np.array([True, False, True])
o = np.zeros(2, int)
r = np.add.reduceat(np.arange(8), [0, 4], out=o)
print(repr(o), r is o)
try:
    print(repr(np.add.reduceat(np.arange(8), [0, 4], out=np.zeros(2))))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add.reduceat(np.arange(8), [0, 4], out=np.zeros(3, int))))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add.reduceat(np.arange(8.0), [0, 4], out=np.zeros(2, int))))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.maximum.reduceat(np.arange(6), [0, 2, 3], out=np.zeros(3, np.int64))))
except Exception as e:
    print(type(e).__name__, e)
