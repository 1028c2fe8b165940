# Variations a learner tries after tommyod_cumulative_sampling, etsfactory_nancummax,
# va2577_max_drawdown_ja and so_pca_variance_cutoff: searchsorted sides and sorters, weights
# with zeros, integer arrays in the NaN fill, accumulate over the other axis, out= of another
# dtype, empty inputs, np.nancumsum, and f-string percentages.
import numpy as np


def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


cw = np.cumsum([5, 0, 3, 1])
show("searchsorted left", lambda: np.searchsorted(cw, [0, 5, 5.0001, 8, 9]))
show("searchsorted right", lambda: np.searchsorted(cw, [0, 5, 5.0001, 8, 9], side="right"))
show("searchsorted side typo", lambda: np.searchsorted(cw, 5, side="rigth"))
show("searchsorted sorter", lambda: np.searchsorted(np.array([3, 1, 2]), 2, sorter=[1, 2, 0]))
show("searchsorted bad sorter", lambda: np.searchsorted(cw, 2, sorter=[0, 1]))
show("searchsorted 2-D", lambda: np.searchsorted(np.ones((2, 2)), 1))
show("delete out of range", lambda: np.delete(cw, 7))
show("delete negative", lambda: np.delete(cw, -1))
show("delete float", lambda: np.delete(cw, 1.0))
show("append 2-D", lambda: np.append(cw, [[1, 2]]))
show("append axis", lambda: np.append(np.ones((2, 2)), [[1, 2]], axis=0))
show("append axis bad", lambda: np.append(np.ones((2, 2)), [1, 2], axis=0))
ints = np.array([1, 3, 2, 5])
show("int -inf fill", lambda: ints.__setitem__(slice(0, 1), -np.inf))
show("int nan fill", lambda: ints.__setitem__(slice(0, 1), np.nan))
t = np.array([[1.0, np.nan, 3.0], [np.nan, 2.0, 1.0]])
show("maximum.accumulate axis=1", lambda: np.maximum.accumulate(t, axis=1))
show("maximum.accumulate axis=None", lambda: np.maximum.accumulate(t, axis=None))
show("maximum.accumulate axis=2", lambda: np.maximum.accumulate(t, axis=2))
show("fmax.accumulate axis=1", lambda: np.fmax.accumulate(t, axis=1))
show("minimum.accumulate int out", lambda: np.minimum.accumulate(np.array([3, 1, 2]), out=np.zeros(3)))
show("maximum.accumulate out int", lambda: np.maximum.accumulate(t[0], out=np.zeros(3, dtype=int)))
show("maximum.accumulate dtype", lambda: np.maximum.accumulate(np.array([3, 1, 2]), dtype=np.float32))
show("maximum.accumulate empty", lambda: np.maximum.accumulate(np.array([])))
show("maximum.accumulate 0-d", lambda: np.maximum.accumulate(np.float64(2.0)))
show("maximum.accumulate typo", lambda: np.maximum.accumulate(t, axsi=0))
show("nancumsum", lambda: np.nancumsum(t, axis=1))
show("nancumprod", lambda: np.nancumprod(t, axis=0))
show("nancumsum all nan", lambda: np.nancumsum(np.array([np.nan, np.nan])))
show("cumsum nan", lambda: np.cumsum(t, axis=1))
l = [-20, 7675, 965, -8790, -3463, 18715, 2526, -5699, -6384, 4865]
eq = np.array(l).cumsum()
dd = np.maximum.accumulate(eq) - eq
show("drawdown argmax", lambda: (dd.argmax(), eq[:dd.argmax()].argmax()))
show("drawdown empty slice", lambda: np.argmax(eq[:0]))
show("relative drawdown", lambda: (eq / np.maximum.accumulate(eq) - 1).round(3))
show("cumprod returns", lambda: (np.cumprod(1 + np.array([0.1, -0.2, 0.05, -0.3])) - 1).round(4))
ratio = np.array([0.32, 0.28, 0.2, 0.13, 0.07])
cum = ratio.cumsum()
show("searchsorted cum", lambda: np.searchsorted(cum, [0.5, 0.95]))
show("argmax cum", lambda: int(np.argmax(cum >= 0.95)))
for k, c in enumerate(cum, 1):
    print(f"k={k:<2d} {c:6.1%} {c:.3f} {'*' * int(c * 10)}")
print(f"{cum[-1]:.15f} {cum[-1] == 1.0} {np.isclose(cum[-1], 1.0)}")
