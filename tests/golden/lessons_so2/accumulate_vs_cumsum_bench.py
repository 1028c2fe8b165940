# Source: https://stackoverflow.com/questions/15889131/how-to-find-the-cumulative-sum-of-numbers-in-a-list/15889366
# (the itertools.accumulate vs numpy.cumsum benchmark answer: its functions and lists as written,
# number= cut from 100000 to 20 and the timings not printed, since they vary; the results printed)
from timeit import timeit
def sum1(l):
    from itertools import accumulate
    return list(accumulate(l))
def sum2(l):
    from numpy import cumsum
    return list(cumsum(l))
l = [1, 2, 3, 4, 5]
t1 = timeit(lambda: sum1(l), number=20)
t2 = timeit(lambda: sum2(l), number=20)
print(sum1(l))
print(sum2(l))
print(type(t1), t1 > 0, t2 > 0)

l = [1, 2, 3, 4, 5]*1000
timeit(lambda: sum1(l), number=20)
timeit(lambda: sum2(l), number=20)
print(sum1(l)[-3:], sum2(l)[-3:])

from timeit import timeit
def sum1(l):
    from itertools import accumulate
    return list(accumulate(l))
def sum2(l):
    from numpy import cumsum
    return cumsum(l)
l = [1, 2, 3, 4, 5]*1000
t = timeit(lambda: sum1(l), number=20)
t = timeit(lambda: sum2(l), number=20)
print(sum2(l), sum2(l).dtype, len(sum1(l)))

from timeit import timeit
from itertools import accumulate
from numpy import cumsum
def sum1(l):
    return list(accumulate(l))
def sum2(l):
    return cumsum(l)
print(sum1(l) == list(sum2(l)))
print(sum1([4, 6, 12]), sum2([4, 6, 12]))
