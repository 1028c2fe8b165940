# A Generator's or RandomState's method is a bound Cython function: its type is 'method' and a
# missing attribute names the function (the Stats 507 lesson's slip rng.random.uniform)
import numpy as np
rng = np.random.default_rng(1)
rs = np.random.RandomState(2)
print(type(rng.random), type(rs.rand), type(rng.integers).__name__)
for f in [rng.random, rs.rand]:
    try:
        f.uniform
    except AttributeError as e:
        print(e)
