# Source: https://leyaa.ai/codefly/learn/dsa-python/part-1/dsa-python-subarray-sum-equals-k-using-hash-map
# ("Subarray Sum Equals K Using Hash Map": the annotated solution, its dry run's input run, and
# the prefix sums of the mental model computed with numpy to compare)
import numpy as np

class Solution:
    def subarraySum(self, nums: list[int], k: int) -> int:
        count = 0
        curr_sum = 0
        prefix_sums = {0: 1}  # sum 0 seen once
        for num in nums:
            curr_sum += num  # add current number to running sum
            if curr_sum - k in prefix_sums:
                count += prefix_sums[curr_sum - k]  # add count of prefix sums that match
            prefix_sums[curr_sum] = prefix_sums.get(curr_sum, 0) + 1  # record current sum
        return count

print(Solution().subarraySum([1, 2, 3], 3))
print(Solution().subarraySum([1, 2, 3, 4], 6))
prefix = np.concatenate(([0], np.cumsum([1, 2, 3, 4])))
print(prefix)
print(np.count_nonzero(prefix[:, None] - prefix[None, :] == 6))
print(Solution.subarraySum.__annotations__)
