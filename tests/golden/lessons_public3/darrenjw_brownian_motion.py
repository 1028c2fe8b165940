# Source: https://github.com/darrenjw/djwhacks/blob/master/python/fractals/bm.py
# (as written, with np.random.seed(0) added so the path is fixed; the matplotlib lines cut since
# another helper is adding matplotlib, and the path it plots summarised by prints instead)
#!/usr/bin/env python3

# Brownian motion

import numpy as np

np.random.seed(0)

dt = 0.01
t = np.arange(0., 10., dt)
n = len(t)

dbt = np.random.normal(0.0, np.sqrt(dt), n)
xt = np.cumsum(dbt)

print(n, t[-1])
print(xt[:8])
print(xt[-1], xt.min(), xt.max())
