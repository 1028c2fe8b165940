# Source: https://www.programiz.com/python-programming/numpy/methods/cumsum (the opening Example and
# Example 1 run one after another, as written)
import numpy as np

# create a NumPy array
array1 = np.array([1, 2, 3, 4, 5])

# calculate the cumulative sum of the array elements
cumulative_sum = np.cumsum(array1)

print(cumulative_sum)

# Output : [ 1  3  6 10 15]

import numpy as np

# create a 2-D array
array1 = np.array([[1, 2, 3],
[4, 5, 6],
[7, 8, 9]])

# calculate cumulative sum of elements of the flattened array
result1 = np.cumsum(array1)

print('Cumulative Sum of flattened array: ', result1)

# calculate the cumulative sum along the rows (axis=1)
cumulative_sum_rows = np.cumsum(array1, axis=1)

# calculate the cumulative sum along the columns (axis=0)
cumulative_sum_cols = np.cumsum(array1, axis=0)

print("\nCumulative sum along rows:")
print(cumulative_sum_rows)

print("\nCumulative sum along columns:")
print(cumulative_sum_cols)
