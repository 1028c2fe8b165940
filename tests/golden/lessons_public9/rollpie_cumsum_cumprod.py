# Source: https://rollpie.com/pie/28769
# (the page's code blocks in order up to the running total, one statement a line; its compound-interest block is cut, the stored copy of the page ending in the middle of it)
import numpy as np
data = np.array([1, 2, 3, 4, 5])
result = np.cumsum(data)
print(result)
# [ 1 3 6 10 15]

data = np.array([1, 2, 3, 4, 5])
result = np.cumprod(data)
print(result)
# [ 1 2 6 24 120]

a = np.array([[1, 2, 3], [4, 5, 6]])
# 行方向(axis=0):縦に累積
print(np.cumsum(a, axis=0))
# [[1 2 3]
# [5 7 9]]
# 列方向(axis=1):横に累積
print(np.cumsum(a, axis=1))
# [[ 1 3 6]
# [ 4 9 15]]

a = np.array([[1, 2, 3], [4, 5, 6]])
print(np.cumsum(a))
# [ 1 3 6 10 15 21]

monthly_sales = np.array([100, 150, 120, 200, 180])
cumulative_sales = np.cumsum(monthly_sales)
print(cumulative_sales)
# [100 250 370 570 750]
