import numpy as np

a = np.arange(6)
b = a
try:
    a.resize(2, 4)
except Exception as e:
    print(type(e).__name__, e)
del b
l = [a]
try:
    l[0].resize(2, 4)
except Exception as e:
    print(type(e).__name__, e)
del l
def f(x):
    try:
        x.resize(2, 4)
    except Exception as e:
        print(type(e).__name__, e)
f(a)
a.resize(2, 4)
print(a, a.flags.owndata)
a.resize((3,))
print(a)
a.resize(4, refcheck=False)
print(a)
a.resize([2, 2])
print(a, a.strides)
a.resize(())
print(repr(a))

# arrays viewing it fail NumPy's reference check
a = np.arange(4)
v = a[:]
try:
    a.resize(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    v.resize(5)
except Exception as e:
    print(type(e).__name__, e)
v.resize(2, 2)
print(v, a)
del v
a.resize(5)
print(a)

c = np.arange(6)[::2]
try:
    c.resize(2)
except Exception as e:
    print(type(e).__name__, e)
d = np.zeros(3)
for args in [(-1,), (2, -3), ("a",), (None,), (2.5,)]:
    try:
        d.resize(*args)
        print(d.shape)
    except Exception as e:
        print(type(e).__name__, e)
print(d.resize())
print(d.resize(3))
d.resize(0)
print(d, d.shape, d.strides)
d.resize(2, 3)
print(d)
e = np.arange(6.0)
e.flags.writeable = False
e.resize(2, 2)
print(e, e.flags.writeable)
f = np.ones(3, dtype=bool)
f.resize(5)
print(f)
g = np.array([1 + 2j, 3j], dtype=np.complex64)
g.resize(3, refcheck=True)
print(g)
h = np.arange(6, dtype=np.uint8).reshape(2, 3)
h = h.copy()
h.resize(4, 2)
print(h, np.cumsum(h, axis=0))
m = h.resize
try:
    m(8)
except Exception as e:
    print(type(e).__name__, e)
del m
h.resize(8, refcheck=False)
print(h)
