import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
f = np.array([1.5, -2.5, 0.0])
m = np.array([True, False, True])
o = np.zeros(3)
r = np.add(a, b, where=m, out=o)
print(repr(o), r is o)
try:
    print(repr(np.add(a, b, where=[[True], [False]], out=np.zeros(3))))
except Exception as e:
    print(type(e).__name__, e)
