# Modeled on: https://runebook.dev/ru/docs/numpy/reference/generated/numpy.cumsum
# (written for npcalc after the Russian guide, not copied: a piggy bank's running total, axis=None
# flattening, int8 overflow fixed with dtype, NaN propagation and np.nancumsum)
import numpy as np

kopilka = np.array([100, 50, 200, 30])
print(np.cumsum(kopilka))

data = np.array([[1, 2, 3], [4, 5, 6]])
print("Flattened:", np.cumsum(data))
print("axis=0:\n", np.cumsum(data, axis=0))
print("axis=1:\n", np.cumsum(data, axis=1))

small = np.array([100, 100, 100], dtype=np.int8)
print(np.cumsum(small), np.cumsum(small).dtype)
print(np.cumsum(small, dtype=np.int8))
print(np.cumsum(small, dtype=np.int64))

with_nan = np.array([1.0, np.nan, 3.0])
print(np.cumsum(with_nan))
print(np.nancumsum(with_nan))
