import numpy as np
# Source: https://github.com/numpy/numpy/issues/20455 ("unexpected output range of cumsum in 1.22rc0":
# the reproducing code and the comment's uint8 example, as written but for the comment's `out=out`,
# which names no array, written `out=y`; the workaround line and prints added)
x = np.ones((8,), dtype=bool)
y = np.zeros((8,), dtype=np.uint32)
np.cumsum(x, out=y)
print(y)
print(np.cumsum(x, out=y, dtype=y.dtype))

x = np.ones((350,), dtype=np.uint8)
y = np.zeros(x.shape, dtype=np.uint32)
np.cumsum(x, out=y)
print(y[250:260], y[-1], y.dtype)
