# Kadane's maximum subarray against the prefix-sum form (best prefix minus the smallest earlier
# prefix) with numpy's cumsum and minimum.accumulate.
# Source: https://repovive.com/roadmaps/dynamic-programming/prefix-sums/maximum-subarray-implementation
# (Kadane's algorithm as the page states it: current=0, best=-inf, current=max(x, current+x), on its
# example) and https://wangonya.com/blog/kadanes-algorithm/ (maxProfit as written, made a plain
# function with `from typing import List` added); the vectorised prefix-sum form added to compare
import numpy as np

def max_subarray(numbers):
    """Find the largest sum of any contiguous subarray."""
    best_sum = float('-inf')
    current_sum = 0
    for x in numbers:
        current_sum = max(x, current_sum + x)
        best_sum = max(best_sum, current_sum)
    return best_sum

nums = [-2, 1, -3, 4, -1, 2, 1, -5, 4]
print(max_subarray(nums))

a = np.array(nums)
prefix = np.concatenate(([0], np.cumsum(a)))
lowest_before = np.minimum.accumulate(prefix)[:-1]
gains = prefix[1:] - lowest_before
print(prefix, lowest_before, gains)
print(gains.max(), gains.argmax())
end = gains.argmax() + 1
start = np.argmin(prefix[:end])
print(a[start:end], a[start:end].sum())
print(max_subarray([-3, -1, -2]), (np.cumsum([-3, -1, -2]) - np.minimum.accumulate(np.r_[0, np.cumsum([-3, -1, -2])])[:-1]).max())

from typing import List

def maxProfit(prices: List[int]) -> int:
    max_profit, min_price = 0, float("inf")
    for price in prices:
        min_price = min(min_price, price)
        max_profit = max(max_profit, price - min_price)
    return max_profit

prices = [7, 1, 5, 3, 6, 4]
print(maxProfit(prices), maxProfit([7, 6, 4, 3, 1]))
p = np.array(prices)
print((p - np.minimum.accumulate(p)).max(), maxProfit.__annotations__)
