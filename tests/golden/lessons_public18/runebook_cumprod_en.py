# Modeled on: https://runebook.dev/en/docs/numpy/reference/generated/numpy.cumprod
# (written after the English "numpy.cumprod() Explained: Common Problems" page: int8 overflow at
# 10 * 10 * 10, the int64 fix through dtype=, a flattened 2-D array when axis is left out, and
# cumulative products along rows and columns.)
import numpy as np

x = np.array([1, 2, 3, 4], dtype=np.int8)
result = np.cumprod(x)
print(result)
print(result.dtype)

x = np.array([10, 10, 10], dtype=np.int8)
result = np.cumprod(x)
print(result)
print(np.cumprod(x, dtype=np.int8))

x = np.array([10, 10, 10], dtype=np.int64)
result = np.cumprod(x)
print(result)

x = np.array([[1, 2], [3, 4]])
result = np.cumprod(x)
print(result)

result_rows = np.cumprod(x, axis=1)
result_cols = np.cumprod(x, axis=0)
print("Result along rows:")
print(result_rows)
print("\nResult along columns:")
print(result_cols)
