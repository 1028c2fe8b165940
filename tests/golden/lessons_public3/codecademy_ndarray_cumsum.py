# Source: https://github.com/Codecademy/docs/blob/main/content/numpy/concepts/ndarray/terms/cumsum/cumsum.md
# (the page's two examples and its codebyte example, one after the other, as written; nothing cut)
import numpy as np

array = np.array([[1, 2, 3], [4, 5, 6]])

# Cumulative sum of flattened array
cumsum_flat = array.cumsum()

# Cumulative sum along rows (axis=1)
cumsum_axis1 = array.cumsum(axis=1)

# Cumulative sum along columns (axis=0)
cumsum_axis0 = array.cumsum(axis=0)

print("Flattened cumulative sum:\n", cumsum_flat)
print("\nCumulative sum along rows:\n", cumsum_axis1)
print("\nCumulative sum along columns:\n", cumsum_axis0)

import numpy as np

array = np.array([1, 2, 3])

# Create an empty array for output
output_array = np.empty_like(array, dtype=float)

# Compute cumulative sum with custom dtype and output
array.cumsum(dtype=float, out=output_array)

print("Cumulative sum with float dtype:")
print(output_array)

import numpy as np

array = np.array([[1, 2], [3, 4]])

# Cumulative sum along rows (axis=1) with float dtype
cumsum_row = array.cumsum(axis=1, dtype=float)

# Cumulative sum along columns (axis=0) with int dtype
cumsum_col = array.cumsum(axis=0, dtype=int)

print("Cumulative sum along rows (float):")
print(cumsum_row)

print("\nCumulative sum along columns (int):")
print(cumsum_col)
