# Source: "Python numpy.cumsum()" blog post as stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (as written)
import numpy as np

# Creating a simple array
arr = np.array([1, 2, 3])

# Using numpy.cumsum() to compute cumulative sums
cumulative_sum = np.cumsum(arr)
print(cumulative_sum)

# Creating a two-dimensional array
arr_2d = np.array([[1, 2], [3, 4]])

# Using numpy.cumsum() without specifying the axis
cumulative_sum_2d = np.cumsum(arr_2d)
print(cumulative_sum_2d)

# Computing cumulative sum along rows
cumulative_sum_axis0 = np.cumsum(arr_2d, axis=0)
print(cumulative_sum_axis0)

# Computing cumulative sum along columns
cumulative_sum_axis1 = np.cumsum(arr_2d, axis=1)
print(cumulative_sum_axis1)
