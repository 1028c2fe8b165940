import numpy as np
# Source: "Numpy Minimum Accumulate" as stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1
# (the 2-D accumulate along both axes and the np.where(arr == np.amin(arr)) example, as written)
# Create a 2D array
array_2d = np.array([[5, 2, 3], [4, 6, 1]])

# Accumulate along axis 0
result_axis_0 = np.minimum.accumulate(array_2d, axis=0)
print(result_axis_0)

# Accumulate along axis 1
result_axis_1 = np.minimum.accumulate(array_2d, axis=1)
print(result_axis_1)

# Example array
arr = np.array([10, 20, 3, 30, 3])

# Find indices of minimum values
result_indices = np.where(arr == np.amin(arr))
print(result_indices)
