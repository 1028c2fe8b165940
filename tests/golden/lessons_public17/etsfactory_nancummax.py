# Modeled on: https://github.com/etsfactory/spyros (spyros/__init__.py)
# (written for npcalc after the module, not copied: running maxima and minima that skip NaN, by
# filling the NaNs with -inf/+inf, np.maximum.accumulate(out, axis=axis, out=out) in place, then
# putting NaN back where the fill survived. bottleneck's nan-reductions are cut. The module spells
# the fill np.Inf, which NumPy 2 removed: the first call shows that error, the rest use np.inf.)
import numpy as np


def nancummax_v1(arr, axis=0):
    out = arr.copy()
    mask = np.isnan(arr)
    out[mask] = -np.Inf
    np.maximum.accumulate(out, axis=axis, out=out)
    out[out == -np.Inf] = np.nan
    return out


def nancummax(arr, axis=0):
    out = arr.copy()
    mask = np.isnan(arr)
    out[mask] = -np.inf
    np.maximum.accumulate(out, axis=axis, out=out)
    out[out == -np.inf] = np.nan
    return out


def nancummin(arr, axis=0):
    out = arr.copy()
    mask = np.isnan(arr)
    out[mask] = np.inf
    np.minimum.accumulate(out, axis=axis, out=out)
    out[out == np.inf] = np.nan
    return out


prices = np.array([np.nan, 3.0, 2.5, np.nan, 4.0, 3.5, np.nan, 5.0])
try:
    nancummax_v1(prices)
except AttributeError as e:
    print("AttributeError:", e)

print(nancummax(prices))
print(nancummin(prices))

table = np.array([[1.0, np.nan, 3.0],
                  [np.nan, np.nan, 1.0],
                  [2.0, 5.0, np.nan]])
print(nancummax(table))
print(nancummax(table, axis=1))
print(nancummin(table, axis=0))
print(np.fmax.accumulate(table, axis=0))
