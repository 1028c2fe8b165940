import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
f = np.array([1.5, -2.5, 0.0])
m = np.array([True, False, True])
try:
    print(repr(np.isinf(a, dtype=float)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.isinf(a, dtype=np.float32)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.isinf(a, dtype=np.float16)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.isinf(a, dtype=int)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.isinf(a, dtype=bool)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.isinf(f, dtype=float)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.isinf(f, dtype=np.float32)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.isinf(f, dtype=np.float16)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.isinf(f, dtype=int)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.isinf(f, dtype=bool)))
except Exception as e:
    print(type(e).__name__, e)
