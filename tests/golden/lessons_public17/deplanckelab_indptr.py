# Modeled on: https://github.com/DeplanckeLab/ChromatinHD (src/chromatinhd/utils/numpy.py)
# (written for npcalc after the helpers, not copied: sorted group indices become a pointer array by
# np.bincount(minlength=n), np.cumsum(..., 0, dtype=np.int32) and np.pad(..., (1, 0)), and back by
# np.repeat(np.arange(n), np.diff(ptr)); the chunked variant is cut)
import numpy as np


def indices_to_indptr(x, n, dtype=np.int32):
    return np.pad(np.cumsum(np.bincount(x, minlength=n), 0, dtype=dtype), (1, 0))


ind2ptr = indices_to_indptr


def indptr_to_indices(x):
    n = len(x) - 1
    return np.repeat(np.arange(n), np.diff(x))


ptr2ind = indptr_to_indices

cells = np.array([0, 0, 0, 1, 3, 3, 4, 4, 4, 4])
ptr = ind2ptr(cells, 6)
print(ptr, ptr.dtype)
back = ptr2ind(ptr)
print(back)
print((back == cells).all())
print(ind2ptr(cells, 6, dtype=np.int64).dtype)
print(ind2ptr(np.array([], dtype=int), 3))
for i in range(len(ptr) - 1):
    print(i, cells[ptr[i]:ptr[i + 1]])
