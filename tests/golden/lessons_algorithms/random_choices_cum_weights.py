# Source: https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 ("How to get weighted random
# choice in Python": both random.choices examples as written, a seed added) and the Python docs'
# note that cum_weights may be computed with itertools.accumulate (the weights [10, 5, 30, 5])
import random
random.seed(2024)

sampleList = [100, 200, 300, 400, 500]
randomList = random.choices(
    sampleList, weights=(10, 20, 30, 40, 50), k=5)

print(randomList)

import random

sampleList = [100, 200, 300, 400, 500]
randomList = random.choices(
    sampleList, cum_weights=(5, 15, 35, 65, 100), k=5)

print(randomList)

from itertools import accumulate
cum = list(accumulate([10, 5, 30, 5]))
print(cum)
random.seed(7)
a = random.choices('wxyz', weights=[10, 5, 30, 5], k=8)
random.seed(7)
b = random.choices('wxyz', cum_weights=cum, k=8)
print(a, b, a == b)
random.choices('wxyz', weights=[1, 2, 3, 4], cum_weights=cum)
