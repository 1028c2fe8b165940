# Source: https://kiwix.lema.org/stackoverflow.com_en_all_2023-11/questions/56571000/calculate-cumulative-sum-from-last-non-zero-entry-in-python
# (benvc's itertools.accumulate answer, as written)
from itertools import accumulate

nums = [0,0,0,0,1,1,1,0,0,1,1,0]

result = accumulate(nums, lambda acc, elem: acc + elem if elem else 0)
print(list(result))
# [0, 0, 0, 0, 1, 2, 3, 0, 0, 1, 2, 0]
