import numpy as np

a = np.arange(6).reshape(2, 3)
b = np.arange(3)
for x, y in np.nditer([a, b]):
    print(int(x), int(y), end='; ')
print()
for x, y in np.nditer([a, 10]):
    print(x, y, end=' ')
print()
for x, y in np.nditer([a.T, np.ones((3, 2), dtype=np.int8)]):
    print(int(x), end=' ')
print()
with np.nditer(a, op_flags=['readwrite']) as it:
    for x in it:
        x[...] = 2 * x
print(a)
c = np.arange(6.0).reshape(3, 2).T
with np.nditer(c, op_flags=[['readwrite']]) as it:
    for x in it:
        x[...] = x ** 2
print(c)
with np.nditer([a, b], op_flags=[['readwrite'], ['readonly']]) as it:
    for x, y in it:
        x += y
print(a)
it = np.nditer([a, None])
for x, y in it:
    y[...] = x * x
print(repr(it.operands[1]), it.operands[0] is a)
it = np.nditer([a.T, None])
with it:
    for x, y in it:
        y[...] = x + 0.5
    out = it.operands[1]
print(out, out.dtype, out.strides, out.flags.f_contiguous)
it = np.nditer([np.arange(2, dtype=np.float32), np.arange(2, dtype=np.int16), None])
print(it.dtypes)
it = np.nditer([a, None], op_flags=[['readonly'], ['writeonly', 'allocate']], order='C')
for x, y in it:
    y[...] = -x
print(it.operands[1], it.operands[1].strides)
it = np.nditer([a, None], flags=['external_loop'])
for x, y in it:
    y[...] = x // 2
print(it.operands[1])

def square(arr):
    with np.nditer([arr, None]) as it:
        for x, y in it:
            y[...] = x * x
        return it.operands[1]

print(square(np.array([1.5, 2.0])))
