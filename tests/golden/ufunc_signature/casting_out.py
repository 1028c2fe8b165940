import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
f = np.array([1.5, -2.5, 0.0])
m = np.array([True, False, True])
try:
    print(repr(np.add(a, b, out=np.zeros(3, np.int8), casting='no')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, out=np.zeros(3, np.int8), casting='safe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, out=np.zeros(3, np.int8), casting='same_kind')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, out=np.zeros(3, np.int8), casting='unsafe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, out=np.zeros(3, float), casting='no')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, out=np.zeros(3, float), casting='safe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, out=np.zeros(3, float), casting='same_kind')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, out=np.zeros(3, float), casting='unsafe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, out=np.zeros(3, np.int64), casting='no')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, out=np.zeros(3, np.int64), casting='safe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, out=np.zeros(3, np.int64), casting='same_kind')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, out=np.zeros(3, np.int64), casting='unsafe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, out=np.zeros(3, bool), casting='no')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, out=np.zeros(3, bool), casting='safe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, out=np.zeros(3, bool), casting='same_kind')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, out=np.zeros(3, bool), casting='unsafe')))
except Exception as e:
    print(type(e).__name__, e)
