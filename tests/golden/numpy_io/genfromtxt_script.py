import numpy as np
from io import StringIO
def gen():
    yield "1 2"
    yield "# c"
    yield "3 4"
print(np.genfromtxt(gen()))
s = StringIO("a b\n1 2\n3 4")
s.readline()
print(np.genfromtxt(s))
for i in range(3):
    np.genfromtxt([], dtype=float)
for i in range(2):
    np.genfromtxt(["1 2", "3"], invalid_raise=False)
x, y = np.genfromtxt(StringIO("1,2\n3,4\n5,6"), delimiter=",", unpack=True)
print(x + y, np.cumsum(y))
m = np.genfromtxt(["1,2", ",4"], delimiter=",", usemask=True)
print(m.sum(axis=0), m.mean(), np.ma.cumsum(m))
