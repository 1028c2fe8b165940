# Source: https://github.com/nkmk/python-snippets/blob/master/notebook/numpy_cumsum_cumprod.py (cumsum part, as written; the version print is left out since it differs by install)
import numpy as np

a_1d = np.array([1, 2, 3, 4, 5, 6])
print(a_1d)
# [1 2 3 4 5 6]

print(np.cumsum(a_1d))
# [ 1  3  6 10 15 21]

print(np.cumsum(a_1d, dtype=float))
# [ 1.  3.  6. 10. 15. 21.]

print(a_1d.cumsum())
# [ 1  3  6 10 15 21]

print(a_1d.cumsum(dtype=float))
# [ 1.  3.  6. 10. 15. 21.]

l = [1, 2, 3, 4, 5, 6]

print(np.cumsum(l))
# [ 1  3  6 10 15 21]

print(type(np.cumsum(l)))
# <class 'numpy.ndarray'>

a_2d = a_1d.reshape(2, 3)
print(a_2d)

print(np.cumsum(a_2d))
print(np.cumsum(a_2d, axis=0))
print(np.cumsum(a_2d, axis=1))
print(a_2d.cumsum())
print(a_2d.cumsum(axis=0))
print(a_2d.cumsum(axis=1))

l_2d = [[1, 2, 3], [4, 5, 6]]

print(np.cumsum(l_2d))
print(np.cumsum(l_2d, axis=0))
print(np.cumsum(l_2d, axis=1))

l_2d_error = [[1, 2, 3], [4, 5]]

print(np.cumsum(l_2d_error))
