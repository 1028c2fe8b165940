import numpy as np

a = np.arange(6).reshape(2, 3)
it = np.nditer(a, flags=['multi_index'])
while not it.finished:
    print(it.multi_index, it[0], it.value, it.iterindex)
    it.iternext()
print(it.finished, it.iternext(), it.itersize)
for x in np.nditer(a[:, ::-1], flags=['multi_index']):
    pass
it = np.nditer(a[:, ::-1], flags=['multi_index'])
for x in it:
    print(it.multi_index, int(x), end='; ')
print()
it = np.nditer(np.arange(8).reshape(2, 2, 2).transpose(1, 0, 2), flags=['multi_index'])
print([(it.multi_index, int(x)) for x in it])
it = np.nditer(a.T, flags=['c_index'])
for x in it:
    print(it.index, int(x), end='; ')
print()
it = np.nditer(a.T, flags=['f_index', 'multi_index'])
for x in it:
    print(it.index, it.multi_index, int(x), end='; ')
print()
it = np.nditer(a[::-1], flags=['c_index'])
print([(it.index, int(x)) for x in it])
it = np.nditer(a, flags=['multi_index'])
print(it.shape, it.ndim, it.has_multi_index, it.has_index, it.dtypes)
it.iternext(); it.iternext()
print(it.multi_index, next(it), next(it), it.multi_index)
it.reset()
print(it.multi_index, it.finished)
it = np.nditer(a.T, flags=['multi_index'])
print(it.shape, np.nditer(a.T).shape, np.nditer(a.T, flags=['c_index']).shape)
print(np.nditer(np.array(3), flags=['multi_index']).multi_index)
# an argmax by hand, as lessons write it
m = np.array([[3, 9, 1], [4, 2, 8]])
best = None
it = np.nditer(m, flags=['multi_index'])
while not it.finished:
    if best is None or it[0] > m[best]:
        best = it.multi_index
    it.iternext()
print(best, m[best])
