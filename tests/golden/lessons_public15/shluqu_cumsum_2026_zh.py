# Source: https://shluqu.cn/19466.html
# (the article's first example as published; the later sections are not in the stored excerpt)
import numpy as np
# 定义一个包含 1 到 5 的数组
array = np.array([1, 2, 3, 4, 5])
# 计算累积和
cumulative_sum = np.cumsum(array)
print("原始数组:", array)
print("累积和结果:", cumulative_sum)
