import numpy as np

a = np.arange(0).reshape((3, 0, 4, 2)).astype(np.bool)
print(repr(a[..., a.ravel()[:1] % 2 == 0]))
print(repr(np.arange(5)[np.array([], dtype=bool)]))
print(repr(np.arange(6).reshape(2, 3)[np.zeros((0, 3), dtype=bool)]))
print(repr(np.arange(6).reshape(2, 3)[:, np.array([], dtype=bool)]))
b = np.arange(5)
b[np.array([], dtype=bool)] = 7
print(b)
for bad in [lambda: np.arange(5)[np.array([True, False])], lambda: np.arange(6).reshape(2, 3)[:, np.array([True])]]:
    try:
        bad()
    except IndexError as e:
        print(e)
