import numpy as np

a = np.arange(6)
b = a
a.shape = (2, 3)
print(a, b.shape, a is b)
a.shape = -1
print(a)
a.shape = (3, -1)
print(a)
a.shape = [6]
print(a, a.flags.owndata)
a.shape = (-2, 3)
print(a.shape)
a.shape = 6

# a strided view reshapes in place where its axes can be merged or split
v = a[::2]
for s in [(3,), (1, 3), 3, (3, 1)]:
    try:
        v.shape = s
        print(v.shape, v.strides, v.base is a)
    except Exception as e:
        print(type(e).__name__, e)
t = np.arange(6).reshape(2, 3).T
for s in [(6,), (3, 2, 1), (1, 3, 2), (3, 2)]:
    try:
        t.shape = s
        print(t.shape, t.strides)
    except Exception as e:
        print(type(e).__name__, e)
print(t)

for s in [(4,), (-1, -1), "a", None, (2.0, 3), (), 7, (2, 1, 3)]:
    try:
        a.shape = s
        print(a.shape)
    except Exception as e:
        print(type(e).__name__, e)
try:
    del a.shape
except Exception as e:
    print(type(e).__name__, e)

z = np.zeros((0, 3))
z.shape = (3, 0)
print(z.shape, z.strides)
s = np.array(5)
s.shape = (1, 1)
print(s, s.strides)
s.shape = ()
print(repr(s))
r = np.arange(4)
r.flags.writeable = False
r.shape = (2, 2)
print(r, r.flags.writeable)

# a view's shape is its own: its owner keeps its shape
c = np.arange(6)
w = c.view()
w.shape = (2, 3)
print(c.shape, w.shape, w.base is c)
w[1, 2] = 50
print(c)

# arrays in containers are the same object
lst = [c]
c.shape = (3, 2)
print(lst[0].shape)
x = c.reshape(-1)
c.shape = (2, 3)
print(x.shape, np.shares_memory(x, c))
print(c.sum(axis=1), np.cumsum(c, axis=0))
