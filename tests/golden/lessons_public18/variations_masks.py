# Variations a learner tries after openillumi_sum_until_first_true, py4u_renumber_sections,
# eduamota_cumulative_returns and surpyval_kaplan_meier: logical accumulations as masks, section
# ids from np.diff with prepend=, nditer without c_index, float ranges whose length surprises,
# NaN returns, and np.seterr's returned dict.
import numpy as np


def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


a = np.array([False, False, True, False, True, False])
b = np.arange(1, 7)
show("logical_or accumulate", lambda: np.logical_or.accumulate(a))
show("before first True", lambda: b[~np.logical_or.accumulate(a)].sum())
show("maximum accumulate bool", lambda: np.maximum.accumulate(a))
show("cumsum bool dtype bool", lambda: np.cumsum(a, dtype=bool))
show("cumsum == 1 & a", lambda: np.flatnonzero((np.cumsum(a) == 1) & a))
show("argmax empty", lambda: np.argmax(np.array([], dtype=bool)))

x = np.array([1, 1, 9, 9, 9, 3, 5, 5])
show("diff prepend ids", lambda: np.cumsum(np.diff(x, prepend=x[0]) != 0))
show("insert at 1", lambda: np.insert(x[1:] != x[:-1], 1, False))
show("insert out of bounds", lambda: np.insert(x[1:] != x[:-1], 20, False))
show("r_ ids", lambda: np.cumsum(np.r_[False, x[1:] != x[:-1]]))
show("repeat ids", lambda: np.repeat(np.arange(4), [2, 3, 1, 2]))
show("section sizes", lambda: np.bincount(np.cumsum(np.r_[0, x[1:] != x[:-1]])))


def no_index(arr):
    with np.nditer([arr]) as it:
        return it.index


show("nditer index without flag", lambda: no_index(x))
show("nditer c_index values", lambda: [(it_i, int(v)) for it_i, v in enumerate(np.nditer(x[:3]))])

show("arange float length", lambda: len(np.arange(0.24, 0.3, 0.005)))
show("arange float last", lambda: np.arange(0.24, 0.3, 0.005)[-1])
show("linspace instead", lambda: np.linspace(0.24, 0.295, 12)[-1])
r = np.array([0.1, np.nan, -0.05, 0.02])
show("cumprod nan", lambda: np.cumprod(1 + r) - 1)
show("nancumprod", lambda: np.nancumprod(1 + r) - 1)
show("log1p cumsum", lambda: np.expm1(np.cumsum(np.log1p(np.nan_to_num(r)))))

old = np.seterr(under="raise")
show("seterr returns", lambda: old)
show("seterr now", lambda: np.seterr(**old))
show("seterr restored", lambda: np.geterr())
show("seterr bad mode", lambda: np.seterr(under="loud"))
show("seterr bad key", lambda: np.seterr(overflow="raise"))
with np.errstate(divide="raise", invalid="raise"):
    show("km zero at risk", lambda: np.cumprod(1 - np.array([1.0, 0.0]) / np.array([2.0, 0.0])))
