# Modeled on: https://github.com/cvr-bhupalreddy/dsa-python-2025/blob/main/DSA/SlidingWindow_TwoPointers/patterns/0.7.SlidingWindow_PrefixSum.py
# (a DSA course's pattern sheet: a prefix list built by prefix.append(prefix[-1] + num), window
# sums as prefix[r+1] - prefix[l]). The sheet lists the problems it serves but gives only the
# template; here the template runs on the first three listed problems (LC 560, longest subarray
# with sum K, LC 974) and each answer is checked against NumPy's np.cumsum prefix.
from collections import defaultdict

import numpy as np


def prefix_window(arr):
    prefix = [0]
    for num in arr:
        prefix.append(prefix[-1] + num)

    # sum of window l..r:
    # prefix[r+1] - prefix[l]

    return prefix


def count_sum_k(arr, k):
    seen = defaultdict(int)
    count = 0
    for p in prefix_window(arr):
        count += seen[p - k]
        seen[p] += 1
    return count


def longest_sum_k(arr, k):
    first = {}
    best = 0
    for i, p in enumerate(prefix_window(arr)):
        if p - k in first:
            best = max(best, i - first[p - k])
        first.setdefault(p, i)
    return best


def count_divisible(arr, k):
    seen = defaultdict(int)
    count = 0
    for p in prefix_window(arr):
        count += seen[p % k]
        seen[p % k] += 1
    return count


arr = [4, 5, 0, -2, -3, 1]
prefix = prefix_window(arr)
print(prefix)
print("window 1..3:", prefix[3 + 1] - prefix[1])
P = np.concatenate(([0], np.cumsum(arr)))
print(P, P.dtype, np.array_equal(P, prefix))

print("LC 560, k=5:", count_sum_k(arr, 5))
print("longest with sum 0:", longest_sum_k(arr, 0))
print("LC 974, k=5:", count_divisible(arr, 5))

# the same counts by brute force over all windows with the NumPy prefix
n = len(arr)
sums = np.array([P[r + 1] - P[l] for l in range(n) for r in range(l, n)])
print((sums == 5).sum(), (sums % 5 == 0).sum())
print(np.cumsum(arr) % 5, [p % 5 for p in prefix[1:]])
