import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
f = np.array([1.5, -2.5, 0.0])
m = np.array([True, False, True])
try:
    print(repr(np.add(a, f, casting='bogus')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, f, casting=1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.sqrt(a, casting='nope')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, casting=None)))
except Exception as e:
    print(type(e).__name__, e)
