# Source: https://blog.siwei.dev/leetcode/528-random-pick-with-weight/ (LeetCode 528 "Random Pick
# with Weight": the solution as written with its imports, which LeetCode supplies, and a seed added;
# the example calls added)
import bisect
import random
from typing import List

random.seed(528)


class Solution:
    def __init__(self, w: List[int]):
        self.presum = [0]
        for v in w:
            self.presum.append(self.presum[-1] + v)

    def pickIndex(self) -> int:
        rv = random.randint(1, self.presum[-1])
        return bisect.bisect_left(self.presum, rv) - 1


solution = Solution([1, 3])
print(solution.presum)
print([solution.pickIndex() for _ in range(5)])
counts = [0, 0]
for _ in range(4000):
    counts[solution.pickIndex()] += 1
print(counts)
print(Solution([1]).pickIndex())
