# Modeled on: https://github.com/LeoMaden/Blading (blading/geom.py)
# (written for npcalc after the module, not copied: the cumulative length of a polyline as
# np.r_[0, np.cumsum(ds)] with ds the norms of np.diff rows, beside np.gradient; the scipy
# cumulative_trapezoid helper is left out)
import numpy as np


def sum_from_zero(a):
    return np.r_[0, np.cumsum(a)]


def length(xy):
    dxy = np.diff(xy, axis=0)
    return np.sum(np.linalg.norm(dxy, axis=1))


def cum_length(xy):
    dxy = np.diff(xy, axis=0)
    return sum_from_zero(np.linalg.norm(dxy, axis=1))


x = np.linspace(0, 1, 6)
xy = np.column_stack([x, x**2])
print(cum_length(xy))
print(length(xy))
s = cum_length(xy)
print(s / s[-1])
print(np.gradient(xy[..., 1], xy[..., 0]))
print(sum_from_zero([3, 1, 4]))
