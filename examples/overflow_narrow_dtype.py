# Asking for a narrow accumulation dtype makes the running total wrap around.
import numpy as np

a = np.array([100, 100, 100, 100], dtype=np.int8)

# int8 holds -128..127: 200 wraps to -56, 300 to 44, 400 to -112.
print(a.cumsum(dtype=np.int8))

# The default (int64) gives the true totals.
print(a.cumsum())

# Products overflow much sooner.
print(np.arange(1, 8, dtype=np.int16).cumprod(dtype=np.int16))
print(np.arange(1, 8).cumprod())
