# Variations a learner tries after the sparse-pointer lessons (lmoresi_sparse_cumsum,
# deplanckelab_indptr, nixtla_diffs_to_indptr): other dtypes, out=, empty input, a float where an
# int is expected, a typo'd keyword, and np.cumulative_sum's include_initial in place of np.pad.
import numpy as np


def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


counts = np.array([3, 0, 2, 4])
show("pad+cumsum", lambda: np.pad(np.cumsum(counts), (1, 0)))
show("cumulative_sum", lambda: np.cumulative_sum(counts, include_initial=True))
show("int8 dtype", lambda: np.cumsum(counts, dtype=np.int8))
show("uint16 dtype", lambda: np.cumsum(-counts, dtype=np.uint16))
out = np.empty(5, dtype=np.int32)
out[0] = 0
show("out slice", lambda: np.cumsum(counts, out=out[1:]))
print(out, out.dtype)
show("out float", lambda: np.cumsum(counts, out=np.empty(4)))
show("out wrong shape", lambda: np.cumsum(counts, out=np.empty(5, dtype=int)))
show("method out", lambda: counts.cumsum(out=np.zeros(4, dtype=np.int16)))
show("empty", lambda: np.cumsum(np.array([], dtype=np.int32)))
show("empty include_initial", lambda: np.cumulative_sum(np.array([], dtype=np.int32), include_initial=True))
show("bincount float", lambda: np.bincount(np.array([0.0, 1.0, 1.0])))
show("bincount negative", lambda: np.bincount(np.array([0, -1])))
show("bincount minlength float", lambda: np.bincount(np.array([0, 1]), minlength=3.0))
show("minlength negative", lambda: np.bincount(np.array([0, 1]), minlength=-1))
show("typo axis", lambda: np.cumsum(counts, axes=0))
show("typo dtype", lambda: np.cumsum(counts, dtpye=np.int32))
show("axis float", lambda: np.cumsum(counts, axis=0.0))
show("axis out of range", lambda: np.cumsum(counts, axis=1))
show("repeat diff", lambda: np.repeat(np.arange(4), np.diff(np.array([0, 3, 3, 5, 9]))))
show("repeat negative", lambda: np.repeat(np.arange(2), [1, -1]))
show("insert", lambda: np.insert(np.cumsum(counts), 0, 0))
show("insert float", lambda: np.insert(np.cumsum(counts), 0, 0.5))
show("append int32", lambda: np.append(np.int32(0), counts.cumsum(dtype=np.int32)))
show("astype copy", lambda: counts.astype(np.int32, copy=False).dtype)
show("astype str", lambda: counts.astype('i').cumsum().dtype)
show("reduceat", lambda: np.add.reduceat(np.arange(8.0), [0, 3, 3, 5]))
show("reduceat bad", lambda: np.add.reduceat(np.arange(8.0), [0, 9]))
show("lexsort", lambda: np.lexsort((np.array([1, 0, 1]), np.array([2, 2, 1]))))
print(f"{np.cumsum(counts)[-1]:>6d}|{np.cumsum(counts / 3)[-1]:.3f}|{np.int32(7):04}")
