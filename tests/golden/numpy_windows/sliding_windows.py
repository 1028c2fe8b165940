import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

x = np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0])
w = sliding_window_view(x, 3)
print(w)
print(w.shape, w.strides)
print(w.mean(axis=-1))
c = np.cumsum(np.insert(x, 0, 0.0))
print((c[3:] - c[:-3]) / 3)
print(np.allclose(w.mean(axis=-1), (c[3:] - c[:-3]) / 3))
try:
    w[0, 0] = 7
except ValueError as e:
    print(e)
m = np.arange(12).reshape(3, 4)
print(np.lib.stride_tricks.sliding_window_view(m, (2, 2)))
print(np.lib.stride_tricks.sliding_window_view(m, 2, axis=1).sum(axis=-1))
print(np.lib.stride_tricks.sliding_window_view(m, 3, axis=0).shape)
ww = sliding_window_view(x, 2, writeable=True)
ww[0, 1] = 100.0
print(x)
for bad in [lambda: sliding_window_view(x, 9), lambda: sliding_window_view(x, -1),
            lambda: sliding_window_view(m, 2), lambda: sliding_window_view(m, (2, 2), axis=0),
            lambda: sliding_window_view(m, 2, axis=2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(list(np.ndindex(2, 3)))
print(list(np.ndindex((2, 2))), list(np.ndindex()), list(np.ndindex(0, 3)))
for i, j in np.ndindex(2, 2):
    print(i, j, m[i, j])
print(repr(np.fromiter(range(5), dtype=int)))
print(repr(np.fromiter((k * k for k in range(4)), float).cumsum()))
print(repr(np.fromiter([1, 2, 3], dtype=np.int8, count=2)))
import itertools
print(np.fromiter(itertools.count(1), dtype=int, count=5).cumsum())
try:
    np.fromiter([1, 2], dtype=int, count=5)
except ValueError as e:
    print(e)
import numpy.random
print(type(numpy.random.default_rng(0)).__name__)
import numpy.lib.stride_tricks as st
print(st.sliding_window_view(np.arange(4), 2).sum(axis=1))
