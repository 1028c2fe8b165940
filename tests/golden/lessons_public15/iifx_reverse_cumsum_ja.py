# Source: https://iifx.dev/ja/articles/77063662
# (the first method's code as far as the stored excerpt goes; it stops before the cumsum line)
import numpy as np

arr = np.array([1, 2, 3, 4, 5])
print("元の配列:", arr)

# 1. 配列を反転させる
reversed_arr = arr[::-1]
print("反転した配列:", reversed_arr)
