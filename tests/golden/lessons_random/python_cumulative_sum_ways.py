import numpy as np
# Source: "Python - Cumulative Sum" (Stack Overflow answers collected) as stored in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (the walrus, reduce, accumulate-vs-cumsum
# and setdefault answers as written; prints added; the timings are kept but, as they differ from run
# to run, only their type is printed, beside what the two functions return)
time_interval = [4, 6, 12]
total_time = 0
cum_time = [total_time := total_time + t for t in time_interval]
print(cum_time)

from functools import reduce

a = [4, 6, 12]
print(reduce(lambda c, x: c + [c[-1] + x], a, [0])[1:])

from timeit import timeit
from itertools import accumulate
from numpy import cumsum

def sum1(l):
    return list(accumulate(l))

def sum2(l):
    return cumsum(l)

l = [1, 2, 3, 4, 5] * 1000

t1 = timeit(lambda: sum1(l), number=100)
t2 = timeit(lambda: sum2(l), number=100)
print(type(t1), type(t2))
print(sum1(l)[-3:], sum2(l)[-3:])

l = [1, 2, 3, 4]
_d = {-1: 0}
cumsum = [_d.setdefault(idx, _d[idx-1] + item) for idx, item in enumerate(l)]
print(cumsum, _d)
