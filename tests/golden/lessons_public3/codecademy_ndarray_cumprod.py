# Source: https://github.com/Codecademy/docs/blob/main/content/numpy/concepts/ndarray/terms/cumprod/cumprod.md
# (the page's two examples and its codebyte example, one after the other, as written; nothing cut)
import numpy as np

a = np.array([1, 2, 3, 4])
print("Original array:", a)

result = a.cumprod()
print("Cumulative product:", result)

import numpy as np

b = np.array([[1, 2, 3],
              [4, 5, 6]])

print("Original array:")
print(b)

# Cumulative product along rows (axis=1)
row_cumprod = b.cumprod(axis=1)
print("\nCumulative product along rows (axis=1):")
print(row_cumprod)

# Cumulative product along columns (axis=0)
col_cumprod = b.cumprod(axis=0)
print("\nCumulative product along columns (axis=0):")
print(col_cumprod)

import numpy as np

a = np.array([[2, 3, 4],
              [5, 6, 7]])

print("Original array:")
print(a)

print("\nCumulative product (flattened):", a.cumprod())
print("\nCumulative product along axis=0:\n", a.cumprod(axis=0))
print("\nCumulative product along axis=1:\n", a.cumprod(axis=1))
