# Source: https://github.com/Codecademy/docs/blob/main/content/numpy/concepts/built-in-functions/terms/cumsum/cumsum.md
# (the page's example block as written; nothing cut)
import numpy as np

arr = np.array([[1, 2, 3], [4, 5, 6]])

print(np.cumsum(arr))  # Cumulative sum of the flattened array
print(np.cumsum(arr, axis=0))  # Cumulative sum along axis 0 (columns)
print(np.cumsum(arr, axis=1))  # Cumulative sum along axis 1 (rows)
