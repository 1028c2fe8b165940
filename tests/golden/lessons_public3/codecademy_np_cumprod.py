# Source: https://github.com/Codecademy/docs/blob/main/content/numpy/concepts/built-in-functions/terms/cumprod/cumprod.md
# (the page's example and its codebyte example, one after the other, as written; nothing cut)
import numpy as np

# Create an array
array = np.array([1, 2, 3, 4, 5])

# Compute the cumulative product of the array
cumulative_product = np.cumprod(array)

# Print out the original array
print("Original Array:", array)

# Print out the returned array
print("Cumulative Product:", cumulative_product)

import numpy as np

# Create a sample array
data = np.array([2, 5, 3, 4])

# Calculate cumulative product
print("Original array:", data)
print("Cumulative product:", np.cumprod(data))

# Example with 2D Array
matrix = np.array([[2, 3], [4, 5]])
print("\n2D array:")
print(matrix)
print("\nCumulative product along columns (axis=0):")
print(np.cumprod(matrix, axis=0))
print("\nCumulative product along rows (axis=1):")
print(np.cumprod(matrix, axis=1))
