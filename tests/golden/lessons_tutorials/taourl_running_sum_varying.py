# Source: https://taourl.com/read-2436988.html ("running sum of np.array with widely varying elements",
# the answer's example, as written)
import numpy as np

# Example array with widely varying elements

arr = np.array([1e-6, 1e3, 1e6, 1e9, 1e12])

running_sum = np.cumsum(arr)

print("Original array:", arr)

print("Running sum:", running_sum)
