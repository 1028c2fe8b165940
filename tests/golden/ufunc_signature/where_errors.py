import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
f = np.array([1.5, -2.5, 0.0])
m = np.array([True, False, True])
try:
    print(repr(np.add(a, b, where=[True, False])))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, where=m, out=np.zeros(2))))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, where=np.array([1, 0, 1]), out=np.zeros(3))))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.add(a, b, where=[[True], [False]], out=np.zeros(3))))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(np.negative(a, where=np.array([1.0, 0.0, 1.0]), out=np.zeros(3))))
except Exception as e:
    print(type(e).__name__, e)
