import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
f = np.array([1.5, -2.5, 0.0])
m = np.array([True, False, True])
try:
    print(repr(np.add(a, b, casting='no')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, casting='equiv')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, casting='safe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, casting='same_kind')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, casting='unsafe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, f, casting='no')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, f, casting='equiv')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, f, casting='safe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, f, casting='same_kind')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, f, casting='unsafe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(f, 1, casting='no')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(f, 1, casting='safe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(f, 1, casting='same_kind')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(f, 1, casting='unsafe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, 1.5, casting='no')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, 1.5, casting='equiv')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, 1.5, casting='safe')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, 1.5, casting='same_kind')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, 1.5, casting='unsafe')))
except Exception as e:
    print(type(e).__name__, e)
