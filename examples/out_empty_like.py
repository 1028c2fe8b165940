# out= writes into an array you made beforehand; cumsum returns that array.
import numpy as np

a = np.array([1, 2, 3, 4])
result = np.empty_like(a, dtype=float)

returned = a.cumsum(dtype=float, out=result)
print(result)
print(returned is result)

# With an axis, out must have the result's shape.
m = np.arange(6).reshape(2, 3)
totals = np.zeros((2, 3), dtype=np.float32)
np.cumsum(m, axis=1, out=totals)
print(totals)
print(totals.dtype)
