import numpy as np
# ndarray identity, base, flags, view(), setflags, shares_memory, ascontiguousarray and sys.getsizeof of arrays.
import sys
a = np.arange(10)
b = a[2:5]
print(b.base is a, a.base is None)
print(a.flags['OWNDATA'], b.flags.owndata, b.flags['C'], a[::2].flags.c_contiguous)
print(a.flags)
print(repr(a.reshape(2, 5).T.flags))
print(a.reshape(2, 5).T.flags.f_contiguous, a.reshape(2,5).T.flags.fnc, a.flags.forc, a.flags.num, a.flags.behaved, a.flags.carray, a.flags.farray)
print(sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(np.zeros((3,4))), sys.getsizeof(np.float64(1)), sys.getsizeof(np.array(5)))
v = a.view()
v[0] = 99
print(a[0], v.base is a, v is a, np.shares_memory(a, v), np.may_share_memory(a[::2], a[1::2]), np.shares_memory(a[::2], a[1::2]))
print(np.shares_memory(a, a.copy()), np.shares_memory([1, 2], [1, 2]), np.may_share_memory(a[:5], a[5:]))
c = np.ascontiguousarray(a.reshape(2, 5).T)
print(c.flags.c_contiguous, c.base is None, np.ascontiguousarray(a) is a, np.ascontiguousarray(a, dtype=float).dtype, np.ascontiguousarray(5))
f = a.flags
a.flags.writeable = False
print(f.writeable, a.flags.writeable)
try:
    a[0] = 1
except ValueError as e:
    print(e)
d = a[1:]
try:
    d.flags.writeable = True
except ValueError as e:
    print(e)
a.setflags(write=True)
a[0] = 5
print(a[:3], d.flags.writeable)
for key in ['Q', 'c']:
    try:
        a.flags[key]
    except KeyError as e:
        print(repr(e))
try:
    a.flags.owndata = False
except AttributeError as e:
    print(e)
try:
    a.flags.foo
except AttributeError as e:
    print(e)
print(type(a.flags))
x = np.arange(6)
y = x[:]
print(y is x, id(y) == id(x), x.base, y.base is x)
print(np.nonzero(x > 2)[0].base)
