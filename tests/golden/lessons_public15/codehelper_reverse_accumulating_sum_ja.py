# Source: https://codehelper.info/thread/6571588
# (the three methods as published, one after another; nothing cut)
def reverse_accumulating_sum(lst):
    result = []
    total = 0
    for i in reversed(lst):
        total += i
        result.append(total)
    return result
# 使用例
numbers = [1, 2, 3, 4, 5]
result = reverse_accumulating_sum(numbers)
print(result)  # [15, 14, 12, 9, 5]

def reverse_accumulating_sum(lst):
    total = 0
    return [total := total + i for i in reversed(lst)][::-1]
# 使用例
numbers = [1, 2, 3, 4, 5]
result = reverse_accumulating_sum(numbers)
print(result)  # [15, 14, 12, 9, 5]

import numpy as np
def reverse_accumulating_sum(lst):
    arr = np.array(lst)
    return np.cumsum(arr[::-1])[::-1].tolist()
# 使用例
numbers = [1, 2, 3, 4, 5]
result = reverse_accumulating_sum(numbers)
print(result)  # [15, 14, 12, 9, 5]
