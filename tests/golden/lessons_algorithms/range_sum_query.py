# Source: https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 ("Range Sum Query - Immutable":
# the seeded-with-0 solution, the "very short" one and totolipton's reverse one, renamed apart) and
# https://github.com/rurangiza/dojo ("Prefix Sum", as written); example queries added
class NumArray(object):
    def __init__(self, nums):
        s = 0
        self.num_sums = [0]
        for n in nums:
            s += n
            self.num_sums.append(s)

    def sumRange(self, i, j):
        return self.num_sums[j + 1] - self.num_sums[i]


class NumArrayShort(object):
    def __init__(self, nums):
        self.dp = nums[:]
        for i in range(1, len(nums)):
            self.dp[i] += self.dp[i-1]

    def sumRange(self, i, j):
        return self.dp[j] - (self.dp[i-1] if i > 0 else 0)


class NumArrayReverse(object):
    def __init__(self, nums):
        self.nums = nums + [0]
        for i in range(len(self.nums)-2, -1, -1):
            self.nums[i] += self.nums[i+1]

    def sumRange(self, i, j):
        return self.nums[i] - self.nums[j+1]


nums = [-2, 0, 3, -5, 2, -1]
for cls in (NumArray, NumArrayShort, NumArrayReverse):
    na = cls(nums)
    print(cls.__name__, na.sumRange(0, 2), na.sumRange(2, 5), na.sumRange(0, 5))
print(nums, NumArrayShort(nums).dp, NumArrayReverse(nums).nums)


class PrefixSum:
    def __init__(self, nums):
        self.prefix = []
        total = 0
        for n in nums:
            total += n
            self.prefix.append(total)

    def range(self, left, right):
        """
        nums   [2, 1, -5, 3, 9]
        prefix [2, 3, -2, 1, 10]
        >> range(0, 2) = -2
        """
        preRight = self.prefix[right] if right < len(self.prefix) else self.prefix[len(self.prefix)-1]
        preLeft = self.prefix[left-1] if left > 0 else 0
        return preRight - preLeft

nums = [2, 1, -5, 3, 9]
ps = PrefixSum(nums)
res = ps.range(4, 11)
print(res) # -4
print(ps.range(0, 2), ps.prefix)
