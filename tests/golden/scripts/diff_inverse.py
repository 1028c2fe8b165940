import numpy as np
x = np.array([3, 1, 4, 1, 5])
c = np.cumulative_sum(x, include_initial=True)
print(c)
print(np.diff(c))
print(np.array_equal(np.diff(c), x))
