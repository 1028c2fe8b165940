import numpy as np
a = np.arange(3)
b = np.arange(2).reshape(2, 1)
r = np.broadcast_arrays(a, b)
print(type(r), r)
x, y = r
print(x.strides, y.strides, x.base is a, x.flags.owndata, x.flags.num)
print(x.flags.writeable)
print(x.flags)
x[0, 0] = 5
print(a, x.flags.num, x.flags.writeable)
print(np.broadcast_arrays(a))
print(np.broadcast_arrays())
print(np.broadcast_arrays(1, [1, 2], np.zeros((2, 1))))
print(np.broadcast_arrays(a, a)[0] is a, np.broadcast_arrays(a, subok=True)[0] is a)
p, q = np.broadcast_arrays(np.float32(1), a)
print(p, p.dtype, q is a)
x, y = np.broadcast_arrays(a, np.ones((2, 1)))
v = x[0]
v[0] = 9
print(x.flags.num, v.flags.num, a)
x[1, 1] = 4
print(x.flags.num, a)
x, y = np.broadcast_arrays(a, np.ones((2, 1)))
x[...] += 1
print(x.flags.num, a)
x, y = np.broadcast_arrays(a, np.ones((2, 1)))
x += 1
print(x.flags.num, a)
x, y = np.broadcast_arrays(a, np.ones((2, 1)))
np.add(x, 1, out=x)
print(x.flags.num, a)
x, y = np.broadcast_arrays(a, np.ones((2, 1)))
x.setflags(write=False)
print(x.flags)
x, y = np.broadcast_arrays(a, np.ones((2, 1)))
x.flags.writeable = True
print(x.flags.num)
x[0, 0] = 0
print(a)
ro = np.broadcast_arrays(np.broadcast_to(a, (2, 3)), np.ones((2, 1)))[0]
print(ro.flags.num)
print(np.broadcast_arrays(np.broadcast_to(a, (1, 3)), np.ones((2, 1)))[0].flags)
for args, kw in [((np.arange(3), np.arange(4)), {}), ((np.arange(3), np.arange(4), np.arange(5)), {}),
                 ((np.ones((2, 3)), np.ones((3, 2))), {}), ((a,), {'subok': True, 'foo': 1}), ((a,), {'x': 1})]:
    try:
        np.broadcast_arrays(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
bt = np.broadcast_to(a, (2, 3))
def store(arr):
    arr[0] = 1
for f in [lambda: store(bt), lambda: np.add(bt, 1, out=bt), lambda: np.broadcast_to(a, (2, 4)),
          lambda: np.broadcast_shapes((3,), (4,), (5,)), lambda: store(ro)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(bt.flags.writeable, bt.flags.num)
