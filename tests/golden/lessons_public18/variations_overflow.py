# Variations a learner tries after numpy_issue21878_cumsum_limit, numpy_issue8078_accumulate_large,
# numpy_issue8548_cumprod_overflow, numpy_issue7708_cumsum_widens and runebook_cumprod_en: small
# accumulators that wrap, out= arrays of other dtypes, object arrays of Python ints, floats that
# overflow under np.errstate, and the NumPy 2 cumulative_sum/cumulative_prod spellings.
import numpy as np


def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


x = np.array([100, 100, 100], dtype=np.uint8)
show("uint8 cumsum", lambda: np.cumsum(x))
show("uint8 cumsum own dtype", lambda: np.cumsum(x, dtype=np.uint8))
show("int8 cumprod negatives", lambda: np.cumprod(np.array([-8, 8, -8], dtype=np.int8), dtype=np.int8))
show("bool cumsum int8", lambda: np.cumsum(np.ones(130, dtype=bool), dtype=np.int8)[-4:])
show("int64 max", lambda: np.cumsum(np.array([np.iinfo(np.int64).max, 1])))
show("int64 cumprod 2**62", lambda: np.cumprod(np.array([2**31, 2**31, 2])))

out = np.zeros(3, dtype=np.int16)
show("accumulate out int16", lambda: np.add.accumulate(np.array([30000, 30000, 30000]), out=out))
show("out now", lambda: out)
show("accumulate dtype int16", lambda: np.add.accumulate([30000, 30000], dtype=np.int16))
show("cumsum out float into int", lambda: np.cumsum(np.array([0.5, 1.5]), out=np.zeros(2, dtype=int)))
show("cumsum out wrong shape", lambda: np.cumsum(np.arange(3), out=np.zeros(4)))

big = np.array([10**10, 10**10, 10**10], dtype=object)
show("object cumprod", lambda: np.cumprod(big))
show("object accumulate", lambda: np.multiply.accumulate(big))
show("int cumprod dtype object", lambda: np.cumprod(np.array([10**10, 10**10]), dtype=object))

with np.errstate(over="raise"):
    show("float cumsum overflow raise", lambda: np.cumsum(np.array([1e308, 1e308])))
    show("float32 cumprod raise", lambda: np.cumprod(np.array([1e20, 1e20], dtype=np.float32)))
    show("int cumprod raise", lambda: np.cumprod(np.array([2**40, 2**40])))
with np.errstate(over="ignore"):
    show("float cumsum overflow ignore", lambda: np.cumsum(np.array([1e308, 1e308])))

show("cumulative_sum int32", lambda: np.cumulative_sum(np.array([2**30, 2**30], dtype=np.int32)))
show("cumulative_sum initial", lambda: np.cumulative_sum(np.array([2**30, 2**30], dtype=np.int32), dtype=np.int32, include_initial=True))
show("cumulative_prod int8", lambda: np.cumulative_prod(np.array([10, 10, 10], dtype=np.int8)))
show("cumulative_prod int8 own", lambda: np.cumulative_prod(np.array([10, 10, 10], dtype=np.int8), dtype=np.int8))
show("cumprod 2d no axis", lambda: np.cumprod(np.array([[1, 2], [3, 4]]), axis=None))
show("cumulative_prod 2d no axis", lambda: np.cumulative_prod(np.array([[1, 2], [3, 4]])))
show("iinfo int8", lambda: (np.iinfo(np.int8).min, np.iinfo(np.int8).max))
show("uint64 cumsum", lambda: np.cumsum(np.array([2**63, 2**63], dtype=np.uint64)))
