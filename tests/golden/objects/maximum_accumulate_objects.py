import numpy as np
# np.maximum/np.minimum accumulate and reduce over object arrays: npy_ObjectMax/Min (>= / <= keeps the first).
o = np.array([3, 10**20, 7, 2**70, -1], dtype=object)
print(np.maximum.accumulate(o), np.minimum.accumulate(o))
print(repr(np.maximum.reduce(o)), repr(np.minimum.reduce([5, None, 3], )) if False else '')
print(np.maximum.accumulate([1.5, 'x'] if False else [1, 2**80, 5]))
m = np.array([[1, 5], [4, 2]], dtype=object)
print(repr(np.maximum.accumulate(m, axis=1)), repr(np.minimum.accumulate(m)))
try:
    np.maximum.reduce(np.array([], dtype=object))
except ValueError as e:
    print(e)
try:
    np.maximum.accumulate(np.array([1, 'a'], dtype=object))
except TypeError as e:
    print(e)
