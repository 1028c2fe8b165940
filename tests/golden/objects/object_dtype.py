import numpy as np
# The object dtype object, copies and views, fancy indexing, and cumsum(dtype=object) of a list.
o = np.array([1, 2.5, 'a'], dtype='O')
print(isinstance(o, np.ndarray), type(o).__name__, str(o.dtype), o.dtype == object, o.dtype.name)
c = o.copy(); c[0] = 99
print(o, c, o[::-1], o[[0, 2]], o[np.array([True, False, True])])
print(f"{o}", [x for x in o], o.tolist())
print(np.cumsum([10**19, 10**19], dtype=object))
print(np.frompyfunc(lambda x: x ** 2, 1, 1)(np.arange(4)).astype(int).cumsum())
