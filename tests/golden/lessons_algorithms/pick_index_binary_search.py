# Source: https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 ("LeetCode 528. Random Pick
# with Weight": the solution as written, a seed and the example calls added)
import random
import math

random.seed(1)


class Solution:

    pickLst = None

    def __init__(self, w):
        """
        :type w: List[int]
        """
        self.pickLst = [0.0]

        total_sum = 0
        for ele in w:
            total_sum += ele

        for ele in w:
            self.pickLst.append(self.pickLst[-1] + ele / total_sum)

    def pickIndex(self):
        """
        :rtype: int
        """
        rnd = random.random()

        left = 0
        right = len(self.pickLst) - 1
        result = -1

        while right > left:
            mid = math.ceil((left + right) / 2)
            if self.pickLst[mid - 1] <= rnd < self.pickLst[mid]:
                result = mid - 1
                break
            if rnd < self.pickLst[mid - 1]:
                right = mid
            elif rnd > self.pickLst[mid]:
                left = mid

        if result == -1:
            raise RuntimeError('cannot find')

        return result


s = Solution([1, 3])
print(s.pickLst)
print([s.pickIndex() for _ in range(5)])
s = Solution([3, 14, 1, 7])
print(s.pickLst)
picks = [s.pickIndex() for _ in range(2000)]
print([picks.count(i) for i in range(4)])
print(Solution.pickLst, Solution.__init__.__doc__)
