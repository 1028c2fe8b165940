# Modeled on: https://silicloud.com/ja/blog/python%e3%81%aenumpy-cumsum
# (written for npcalc after the Japanese article, not copied: f-strings around np.cumsum of a 3x2
# array, flattened, along each axis and with dtype=float)
import numpy as np

array1 = np.array([[2, 1], [4, 3], [6, 5]])
total = np.cumsum(array1)
print(f'Cumulative sum of all the elements is {total}')
print(f'axis 0:\n{np.cumsum(array1, axis=0)}')
print(f'axis 1:\n{np.cumsum(array1, axis=1)}')
print(f'axis 1 as float:\n{np.cumsum(array1, axis=1, dtype=float)}')
print(f'{np.cumsum(array1, axis=0)!r}')
