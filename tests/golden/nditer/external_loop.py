import numpy as np

a = np.arange(6).reshape(2, 3)
for x in np.nditer(a, flags=['external_loop']):
    print(repr(x))
for x in np.nditer(a, flags=['external_loop'], order='F'):
    print(repr(x))
for x in np.nditer(a.T, flags=['external_loop']):
    print(repr(x))
for x in np.nditer(a[:, :2], flags=['external_loop']):
    print(repr(x))
for x in np.nditer(np.arange(8).reshape(2, 2, 2)[:, :, ::-1], flags=['external_loop']):
    print(repr(x))
for x in np.nditer(np.arange(24).reshape(2, 3, 4)[:, 1:, :], flags=['external_loop']):
    print(repr(x))
for x, y in np.nditer([a, np.arange(3)], flags=['external_loop']):
    print(x, y)
it = np.nditer(a, flags=['external_loop'])
print(it.shape, it.ndim, it.itersize)
for x in np.nditer(np.array(4), flags=['external_loop']):
    print(repr(x))
