import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
f = np.array([1.5, -2.5, 0.0])
m = np.array([True, False, True])
try:
    print(repr(np.add(1.5, 2, dtype=int)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(np.int8(100), np.int8(100), dtype=np.int8)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(np.int8(3), np.int8(4), dtype=np.int16)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, 300, dtype=np.int8)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.absolute(-3, dtype=float)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.multiply(2, 3, dtype=np.float32)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.less(1, 2.5, dtype=bool)))
except Exception as e:
    print(type(e).__name__, e)
