# Modeled on: https://github.com/Nixtla/coreforecast (python/coreforecast/utils.py)
# (written for npcalc after the helper, not copied: series lengths become the int32 pointer array
# that starts at 0, by diffs.astype(np.int32, copy=False), diffs.cumsum(dtype=np.int32) and
# np.append of an np.int32(0) scalar)
import numpy as np

_indptr_dtype = np.int32


def _diffs_to_indptr(diffs):
    diffs = diffs.astype(_indptr_dtype, copy=False)
    return np.append(
        _indptr_dtype(0),
        diffs.cumsum(dtype=_indptr_dtype),
    )


sizes = np.array([3, 5, 2, 4])
indptr = _diffs_to_indptr(sizes)
print(indptr, indptr.dtype)
y = np.arange(indptr[-1], dtype=np.float64)
for start, end in zip(indptr[:-1], indptr[1:]):
    print(start, end, y[start:end].mean())
print(_diffs_to_indptr(np.array([2.9, 1.2])))
print(_diffs_to_indptr(np.array([], dtype=np.int64)))
print(repr(_indptr_dtype(0)))
