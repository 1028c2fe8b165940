# Source: code-corpus snippet "def cumulative_sum(nums)" with an expect() test (function and test calls as written; the expect fixture is left out)
import numpy as np
def cumulative_sum(nums):
    cum_sum = 0
    result = []
    for num in nums:
        result.append(num+cum_sum)
        cum_sum += num
    return result

print(cumulative_sum([2, 3, 5]))
print(cumulative_sum([1, 5, 9]))
