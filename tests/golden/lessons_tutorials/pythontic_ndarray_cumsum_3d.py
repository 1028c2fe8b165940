# Source: https://pythontic.com/numpy/ndarray/cumulative_sum_and_cumulative_product (Example -
# numpy.ndarray.cumsum, as written; line breaks restored)
# Example Python program demonstrating cumulative sum of a numpy.ndarray

# Import numpy module
import numpy as np

# Import standard library module random
import random

# Create a 3 dimensional ndarray object
array_3d = np.array([[[1,2,3,4],
                    [1,2,3,4],
                    [1,2,3,4]],
                   
                    [[1,2,3,4],
                    [1,2,3,4],
                    [1,2,3,4]],
                   
                    [[1,2,3,4],
                    [1,2,3,4],
                    [1,2,3,4]]])
print("Maximum value allowed for axis object for a 3 dimensional array:%d"%(array_3d.ndim-1))
print("Shape of the array: %d,%d,%d"%(array_3d.shape[0],array_3d.shape[1],array_3d.shape[2]))

print("Original Array:")
print(array_3d)

print("Cumulative Sum along Axis 0:")
csum = array_3d.cumsum(axis=0)
print(csum)

print("Cumulative Sum along Axis 1:")
csum = array_3d.cumsum(axis=1)
print(csum)

print("Cumulative Sum along Axis 2:")
csum = array_3d.cumsum(axis=2)
print(csum)
