# Source: https://github.com/nkmk/python-snippets/blob/master/notebook/numpy_cumsum_cumprod.py (cumprod part, as written)
import numpy as np
a_1d = np.array([1, 2, 3, 4, 5, 6])
a_2d = a_1d.reshape(2, 3)

print(np.cumprod(a_1d))
# [  1   2   6  24 120 720]

print(np.cumprod(a_1d, dtype=float))
# [  1.   2.   6.  24. 120. 720.]

print(a_1d.cumprod())
print(a_1d.cumprod(dtype=float))
print(np.cumprod(a_2d))
print(np.cumprod(a_2d, axis=0))
print(np.cumprod(a_2d, axis=1))
print(a_2d.cumprod())
