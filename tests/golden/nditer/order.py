import numpy as np

a = np.arange(6).reshape(2, 3)
vals = []
for v in np.nditer(a):
    vals.append(int(v))
print(vals)
# K order follows memory: a transposed view walks its base's order
print([int(v) for v in np.nditer(a.T)])
print([int(v) for v in np.nditer(a.T, order='C')])
print([int(v) for v in np.nditer(a, order='F')])
print([int(v) for v in np.nditer(a.T, order='A')])
print([int(v) for v in np.nditer(a, order='A')])
# negative strides are walked forwards
print([int(v) for v in np.nditer(a[:, ::-1])])
print([int(v) for v in np.nditer(a[::-1, ::2])])
b = np.arange(24).reshape(2, 3, 4)
print([int(v) for v in np.nditer(b.transpose(2, 0, 1))])
print([int(v) for v in np.nditer(b[:, ::2, ::-1].swapaxes(0, 2))])
print([int(v) for v in np.nditer(b[..., 1:3], order='F')])
f = np.linspace(0, 1, 5)
total = 0.0
for x in np.nditer(f):
    total += float(x) ** 2
print(total)
x = next(np.nditer(np.array([[2.5]])))
print(repr(x), x.shape, x.dtype, x.ndim, x * 2, x + 1, -x, str(x), f"{x:.3f}", x > 1)
print(type(x).__name__, x.flags.writeable)
print([repr(v) for v in np.nditer(np.array(7))])
print([v.item() for v in np.nditer(np.array([True, False]))])
print(sum(v for v in np.nditer(np.cumsum([1, 2, 3]))))
it = np.nditer(a)
print(next(it), next(it), it.iterindex, it.itersize, iter(it) is it, len(it))
print(type(it), type(it).__name__, it.nop, it.ndim, it.shape)
print(list(np.nditer([1, 2.5])))
print(list(np.nditer([[1, 2], [3, 4]])))
print(list(np.nditer(np.zeros((0, 3)), flags=['zerosize_ok'])))
