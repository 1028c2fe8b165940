# NumPy 2's cumulative_sum can start with the 0 the sum begins from;
# np.diff of that undoes the sum exactly.
import numpy as np

x = np.array([3, 1, 4, 1, 5])

c = np.cumulative_sum(x, include_initial=True)
print(c)
print(np.diff(c))
print(np.array_equal(np.diff(c), x))

# Without include_initial it is the usual cumsum; diff then needs prepend=0.
print(np.cumulative_sum(x))
print(np.diff(np.cumsum(x), prepend=0))

# For 2-D input the axis must be given.
m = np.arange(6).reshape(2, 3)
print(np.cumulative_sum(m, axis=1, include_initial=True))
