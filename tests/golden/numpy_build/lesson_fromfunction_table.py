import numpy as np
# A multiplication table from a function of the indices, and its running sums.
table = np.fromfunction(lambda i, j: (i + 1) * (j + 1), (4, 4), dtype=int)
print(table)
print(table.cumsum(axis=1))
print(np.diag(table))
print(np.extract(table % 2 == 0, table))
print(np.flatnonzero(table == 4))
print(np.ptp(table, axis=0))
