import numpy as np
# A lower-triangular matrix of ones turns a matrix product into a running total.
L = np.tri(5, dtype=int)
print(L)
x = np.array([3, 1, 4, 1, 5])
print((L * x).sum(axis=1))
print(np.cumsum(x))
print(np.array_equal((L * x).sum(axis=1), np.cumsum(x)))
print(np.cumsum(L, axis=0))
print(np.triu(np.ones((4, 4), dtype=int)).cumsum(axis=1))
