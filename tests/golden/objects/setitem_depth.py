import numpy as np
# Assigning into object arrays: one element takes the value itself (a list,
# an array); a region reads lists only as deep as the region (PyArray_CopyObject).
o = np.array([3, 1, 2], dtype=object)
o[0] = [1, 2]
o[1] = np.arange(2)
print(repr(o))
o[:] = [[1, 2], [3, 4], [5, 6]]
print(repr(o))
o[:2] = [[7], [8, 9]]
print(repr(o))
o[[0, 2]] = [(1, 2), (3, 4)]
print(repr(o))
m = np.zeros((2, 2), dtype=object)
m[:] = [[1, 2], [3]]
print(repr(m))
m[0] = [[1, 2], [3, 4]]
m[1, ::-1] = ['a', None]
print(repr(m))
t = np.array([[3, 1, 2]], dtype=object)
v = t.T
v[1, 0] = [1, 2]
print(repr(t))
try:
    o[o != 0] = [[1, 2], [3, 4], [5, 6]]
except TypeError as e:
    print("TypeError:", e)
try:
    o[:] = np.ones((3, 2))
except ValueError as e:
    print("ValueError:", e)
