# Modeled on: https://kajodata.com/en/knowledge-base-excel-sql-python/knowledge-base-python-tech-skills/how-numpy-cumprod-works-in-python-examples-mmk/
# (written for npcalc after the article, not copied: np.cumprod on a 1-D array, along both axes of
# a 2-D one, flattened, and with dtype=float)
import numpy as np

arr = np.array([2, 3, 1, 4, 5])
result = np.cumprod(arr)
print(result)

m = np.array([[1, 2, 3], [4, 5, 6]])
print("Cumulative product along axis 0:\n", np.cumprod(m, axis=0))
print("Cumulative product along axis 1:\n", np.cumprod(m, axis=1))
print(np.cumprod(m))
print(np.cumprod(m, dtype=float))
print(m.cumprod(axis=1)[:, -1])
