# Summing booleans counts them: a cumsum of a condition is a running count.
import numpy as np

temps = np.array([18, 23, 25, 19, 27, 30, 21])
hot = temps > 22
print(hot)
print(hot.cumsum())          # how many hot days so far
print(hot.sum())             # how many in total

# Numbering the hot days: 1, 2, 3, ... at each True.
print(hot.cumsum() * hot)
