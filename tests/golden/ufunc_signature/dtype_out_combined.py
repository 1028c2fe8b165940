import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
f = np.array([1.5, -2.5, 0.0])
m = np.array([True, False, True])
try:
    print(repr(np.add(a, b, dtype=np.float32, out=np.zeros(3, int))))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, dtype=np.float32, out=np.zeros(3))))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, dtype=np.int8, casting='unsafe', where=m, out=np.zeros(3, np.int8))))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, out=(np.zeros(3),))))
except Exception as e:
    print(type(e).__name__, e)
