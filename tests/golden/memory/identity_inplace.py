import numpy as np
# Identity through in-place operators, out=, views of views, no-op views, and flags of copies.
a = np.arange(4)
b = a
a += 1
print(b is a, b)
c = a
a = a + 1
print(c is a)
d = np.arange(6).reshape(2, 3)
e = d[0]
e += 10
print(d, e.base is d.base, d.base)
f = np.arange(3)
g = np.cumsum(f, out=f)
print(g is f, f)
h = np.arange(3.0)
k = np.add(h, 1, out=h)
print(k is h)
m = np.arange(5)
print(m[...] is m, m[:] is m, m.T is m, m.reshape(5) is m, np.asarray(m) is m, np.array(m, copy=False) is m)
lst = [m, m]
print(lst[0] is lst[1], id(lst[0]) == id(m))
x = np.arange(3)
x.setflags(write=False)
y = x.copy()
y[0] = 5
print(y.flags.writeable, x.flags.writeable, np.may_share_memory(x, y))
