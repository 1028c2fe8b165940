# Source: https://stackoverflow.com/questions/18196811/cumsum-reset-at-nan
# (the answer's NumPy translation only; its pandas variants cut, pandas being outside numpy/matplotlib/stdlib)
import numpy as np

v = np.array([1., 1., 1., np.nan, 1., 1., 1., 1., np.nan, 1.])
n = np.isnan(v)
a = ~n
c = np.cumsum(a)
d = np.diff(np.concatenate(([0.], c[n])))
v[n] = -d
print(np.cumsum(v))
