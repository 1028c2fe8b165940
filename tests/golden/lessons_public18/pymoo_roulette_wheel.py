# Modeled on: https://github.com/anyoptimization/pymoo (pymoo/util/roulette.py)
# (written after pymoo's RouletteWheelSelection: normalised partial sums built with a list
# comprehension of val[:k].sum(), compared against a column of uniform draws repeated along the
# rows, and the count of passed boundaries as the chosen index. np.random.seed is added; the
# cumulative array is also checked against np.cumsum.)
import numpy as np


class RouletteWheelSelection:

    def __init__(self, val, larger_is_better=True):
        super().__init__()
        if not larger_is_better:
            val = val.max() - val
        _sum = val.sum()
        self.cumulative = np.array([val[:k].sum() / _sum for k in range(1, len(val))])

    def next(self, n=None):
        if n is None:
            X = np.random.random((1, 1))
        else:
            X = np.random.random((n, 1))
            if n > 1:
                X.repeat(n - 1, axis=1)

        M = self.cumulative[None, :].repeat(len(X), axis=0)
        B = X >= M
        ret = B.sum(axis=1)

        if n is None:
            return ret[0]
        return ret


np.random.seed(1)
val = np.array([1.0, 3.0, 2.0, 4.0])
sel = RouletteWheelSelection(val)
print(sel.cumulative)
print(np.cumsum(val)[:-1] / val.sum())
print(sel.next())
print(sel.next(10))
print(np.bincount(sel.next(4000), minlength=4) / 4000)

sel = RouletteWheelSelection(val, larger_is_better=False)
print(sel.cumulative)
print(sel.next(6))
