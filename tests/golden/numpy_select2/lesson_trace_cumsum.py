import numpy as np
# The trace of a matrix of running totals.
m = np.cumsum(np.arange(16).reshape(4, 4), axis=0)
print(m)
print(np.trace(m), m.trace(offset=1), np.diagonal(m, -1))
# Float sums follow NumPy's order.
f = np.cumsum(np.full((5, 5), 0.1), axis=1)
print(np.trace(f))
print(np.trace(f.astype(np.float32)))
# The diagonal of a cumsum over a 3-D stack.
s = np.cumsum(np.ones((2, 3, 3)), axis=2)
print(np.diagonal(s, axis1=1, axis2=2))
print(np.trace(s, axis1=1, axis2=2))
d = np.zeros((3, 3), dtype=int)
np.fill_diagonal(d, np.cumsum([1, 2, 3]))
print(d)
rows, cols = np.triu_indices(3)
print(np.cumsum(m[rows, cols]))
