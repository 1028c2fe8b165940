# Modeled on: https://ja.stackoverflow.org.cn/questions/15889131
# (written after the Japanese translation of the answer that benchmarks itertools.accumulate
# against numpy.cumsum with timeit on [1, 2, 3, 4, 5] and on it repeated 1000 times, converting
# back to a list or not; number= lowered to 20 and the timings compared with 0 instead of
# printed; the results of both functions are printed and compared.)
from timeit import timeit
from itertools import accumulate
from numpy import cumsum


def sum1(l):
    return list(accumulate(l))


def sum2(l):
    return list(cumsum(l))


def sum3(l):
    return cumsum(l)


l = [1, 2, 3, 4, 5]
print(sum1(l))
print(sum2(l))
print(sum3(l))
print(timeit(lambda: sum1(l), number=20) > 0)
print(timeit(lambda: sum2(l), number=20) > 0)

l = [1, 2, 3, 4, 5] * 1000
print(len(sum1(l)), sum1(l)[-1], sum2(l)[-1], sum3(l)[-1])
print(sum1(l) == sum2(l))
print(type(sum2(l)[0]), type(sum1(l)[0]))
print(timeit(lambda: sum1(l), number=20) > 0)
print(timeit(lambda: sum3(l), number=20) > 0)
