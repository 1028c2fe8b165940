# cumsum with and without an axis.
import numpy as np

a = np.array([[1, 2, 3],
              [4, 5, 6]])

# No axis: the array is flattened (row by row) and summed as one sequence.
print(a.cumsum())

# axis=0 runs down each column: row i is the sum of rows 0..i.
print(a.cumsum(axis=0))

# axis=1 runs along each row; -1 means the last axis, here the same.
print(a.cumsum(axis=1))
print(np.array_equal(a.cumsum(axis=-1), a.cumsum(axis=1)))
