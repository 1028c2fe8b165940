import numpy as np
# The cumulative sum of an identity matrix is a staircase.
E = np.eye(4, dtype=int)
print(E.cumsum(axis=0))
print(E.cumsum(axis=1))
print(np.array_equal(E.cumsum(axis=0), np.tri(4, dtype=int).T))
print(np.diag(E.cumsum(axis=0).cumsum(axis=0)))
print(np.diag(np.cumsum([1, 2, 3])))
