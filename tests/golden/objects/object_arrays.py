import numpy as np
# Object arrays: Python ints beyond int64, mixed objects, views, arithmetic, printing, frompyfunc folds.
o = np.array([10**20, 3, 7], dtype=object)
print(np.cumsum(o), np.cumprod(o), o.sum(), np.sum(o), o.prod())
print(repr(np.add.accumulate(o)), repr(np.multiply.reduce(o)), repr(np.subtract.accumulate(o)))
print(o.dtype, repr(o.dtype), o.shape, o.ndim, o.size, o.itemsize, o.nbytes)
o[1] = 'x'
print(o, len(o), list(o), [type(v).__name__ for v in o])
o[1:] = [1.5, None]
print(repr(o))
m = np.array([[1, 2, 3], [4, 5, 6]], dtype=object)
print(repr(m.T), repr(m[0]), m[1, 2], repr(m[:, 1]), repr(m.reshape(3, 2)), repr(m.ravel()))
print(repr(m * 2), repr(m + m), repr(m > 2), repr(2 ** m), repr(m / 2))
print(repr(m.cumsum(axis=1)), repr(m.cumsum(axis=0)), repr(m.sum(axis=0)), repr(np.cumsum(m)))
print(m.tolist(), repr(m.astype(float)), repr(np.array(m, dtype=int)), repr(np.array(m)), np.asarray(m) is m)
big = np.array(list(range(40)), dtype=object)
print(repr(big))
print(big)
print(repr(np.array([[1, 2], [3]], dtype=object)))
print(repr(np.array([], dtype=object)), repr(np.array([[], []], dtype=object)))
f = np.frompyfunc(lambda acc, x: acc * 0.5 + x, 2, 1)
print(f.accumulate(np.array([1.0, 2.0, 3.0])).astype(float))
print(repr(f.accumulate([[1, 2], [3, 4]], axis=1)), repr(f.reduce([1, 2, 3])))
g = np.frompyfunc(max, 2, 1)
print(g.accumulate(np.array([3, 1, 4, 1, 5, 9, 2, 6]), dtype=object))
print(np.array([3, 1, 2]).astype(object) * 1.5)
s = 0
for v in np.array([1, 2, 3], dtype=object):
    s += v
print(s, type(s))
print(repr(np.array(5, dtype=object)), np.array(5, dtype=object) + 1)
