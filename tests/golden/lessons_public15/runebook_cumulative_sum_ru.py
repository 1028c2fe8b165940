# Source: https://runebook.dev/ru/docs/numpy/reference/generated/numpy.cumulative_sum
# (the guide's first example as far as the stored excerpt goes)
import numpy as np

# Ошибка с осями
arr = np.array([[1, 2], [3, 4]])
print(np.cumsum(arr)) 
# Ожидали матрицу? А получим: [1, 3, 6, 10]
