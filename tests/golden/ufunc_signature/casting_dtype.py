import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
f = np.array([1.5, -2.5, 0.0])
m = np.array([True, False, True])
try:
    print(repr(np.add(1.5, 2, dtype=int, casting='safe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(1.5, 2, dtype=int, casting='same_kind')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(1.5, 2, dtype=int, casting='unsafe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, dtype=np.int8, casting='safe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, dtype=np.int8, casting='same_kind')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, dtype=np.int8, casting='unsafe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.multiply(f, a, dtype=np.int32, casting='safe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.multiply(f, a, dtype=np.int32, casting='same_kind')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.multiply(f, a, dtype=np.int32, casting='unsafe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.negative(f, dtype=np.float32, casting='safe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.negative(f, dtype=np.float32, casting='same_kind')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.negative(f, dtype=np.float32, casting='unsafe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.exp(f, dtype=np.float16, casting='safe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.exp(f, dtype=np.float16, casting='same_kind')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.exp(f, dtype=np.float16, casting='unsafe')))
except Exception as e:
    print(type(e).__name__, e)
