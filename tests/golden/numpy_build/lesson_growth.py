import numpy as np
# Doubling: geomspace and logspace give the same powers of two.
g = np.geomspace(1, 128, 8)
l = np.logspace(0, 7, 8, base=2)
print(g)
print(l)
print(np.array_equal(g, l))
print(np.cumsum(g))
print(np.cumsum(g)[-1] == 2 * g[-1] - 1)
print(np.nan_to_num(np.array([0.0, 1.0, 2.0]) / 0.0))
