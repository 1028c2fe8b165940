import numpy as np

array = np.array([1, 2, 3])

# Create an empty array for output
output_array = np.empty_like(array, dtype=float)

# Compute cumulative sum with custom dtype and output
array.cumsum(dtype=float, out=output_array)

print("Cumulative sum with float dtype:")
print(output_array)
