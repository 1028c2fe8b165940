# Source: https://stackoverflow.com/a/18197211
# (the NumPy answer as published, with its result printed since a script does not echo it)
import numpy as np

v = np.array([1., 1., 1., np.nan, 1., 1., 1., 1., np.nan, 1.])
n = np.isnan(v)
a = ~n
c = np.cumsum(a)
d = np.diff(np.concatenate(([0.], c[n])))
v[n] = -d
print(np.cumsum(v))
