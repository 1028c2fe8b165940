# Source: https://github.com/DerekZ-113/LeetCode-Logbook ("Subarray Sum Equals K": the solution as
# written; `from typing import List`, which LeetCode supplies, and the examples' calls added)
from collections import defaultdict
from typing import List

class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        prefix = 0        # Running prefix sum
        result = 0        # Total count of valid subarrays

        # HashMap to store frequency of prefix sums
        prefix_sum = defaultdict(int)
        prefix_sum[0] = 1  # Base case: empty prefix sums to 0

        for num in nums:
            prefix += num               # Update running prefix sum
            current = prefix - k        # Check if this sum has been seen before

            result += prefix_sum[current]  # If so, add its frequency to result

            prefix_sum[prefix] += 1     # Record current prefix sum for future

        return result

print(Solution().subarraySum([1, 1, 1], 2))
print(Solution().subarraySum([1, 2, 3], 3))
print(Solution().subarraySum([3, 4, 7, 2, -3, 1, 4, 2], 7))
