import numpy as np

# An element whose text has several lines (NumPy's _extendLine_pretty):
# its lines stay under one another, and the next element follows its widest.
o = np.empty(3, dtype=object)
o[0] = np.eye(2)
o[1] = 5
o[2] = np.arange(3)
print(o)
print(repr(o))
grid = np.empty((2, 2), dtype=object)
grid[0, 0] = np.zeros((2, 2))
grid[0, 1] = "x"
grid[1, 0] = [1, 2]
grid[1, 1] = np.arange(4).reshape(2, 2)
print(grid)
# A long multi-line element wraps to a new line first.
w = np.empty(3, dtype=object)
w[0] = "a" * 60
w[1] = np.eye(3) * 1000.5
w[2] = 1
print(w)
# Widths are characters, not bytes.
u = np.empty(4, dtype=object)
u[:] = ["€uro" * 5, "ünïcödé" * 4, "日本" * 6, "x"]
print(u)
