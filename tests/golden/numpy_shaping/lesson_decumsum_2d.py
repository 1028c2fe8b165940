import numpy as np
# Inverse of a 2-D cumsum with diff and hstack/vstack, from
# https://z.id.vn/inverse-of-cumsum-for-multi-dimensional-array-in-python
# (the answer's P[:, :1] and tmp[:1] written as the equal slices P[:, :1], tmp[:1]).
T = np.array([[1, 3, 2], [5, 5, 6], [1, 8, 3]])
P = np.cumsum(np.cumsum(T, axis=0), axis=1)
print(P)
tmp = np.hstack([P[:, :1], np.diff(P)])
print(tmp)
T2 = np.vstack([tmp[:1], np.diff(tmp, axis=0)])
print(T2)
print(np.array_equal(T, T2))
# The same with prepend=0 on both axes.
print(np.diff(np.diff(P, axis=0, prepend=0), axis=1, prepend=0))
