import numpy as np
# A running total that restarts after each NaN: the masks lessons use.
x = np.array([1.0, 2.0, np.nan, 3.0, 4.0, np.nan, 5.0])
valid = ~np.isnan(x)
filled = np.where(valid, x, 0)
c = filled.cumsum()
resets = np.where(~valid, c, 0)
offset = np.maximum.accumulate(resets)
print(c - offset)
print(x[valid].cumsum())
y = np.array([5, 0, 3, 2, 0, 7])
c = y.cumsum()
z = c - np.maximum.accumulate(np.where(y == 0, c, 0))
print(z)
idx = np.nonzero(y == 0)[0]
print(idx, y[idx + 1])
