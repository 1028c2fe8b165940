# Modeled on: https://github.com/NeuroTheoryUMD/mattjac (lvs/matth.py)
# (written for npcalc after the helper, not copied: the moving average by np.cumsum(a, dtype=float)
# and the in-place ret[n:] = ret[n:] - ret[:-n])
import numpy as np


def movavg(a, n=3):
    ret = np.cumsum(a, dtype=float)
    ret[n:] = ret[n:] - ret[:-n]
    return ret[n - 1:] / n


x = np.array([4, 8, 6, -1, -2, -3, -1, 3, 4, 5])
print(movavg(x))
print(movavg(x, n=4))
print(movavg(np.arange(10) ** 2, 2))
print(np.convolve(x, np.ones(3) / 3, mode='valid'))
