import itertools
import operator
from functools import reduce
from itertools import accumulate, count, islice
values = [2, 5, 3, 8, 1, 6, 4]
print('RESULT:', list(itertools.accumulate(values)))
print(list(accumulate(values, operator.mul)))
print(list(accumulate(values, max)), list(accumulate(values, min)))
print(list(accumulate(values, initial=100)), list(accumulate([], initial=1)), list(accumulate([])))
print(list(accumulate([1.5, 2, 3], lambda a, b: a * 0.5 + b)))
cashflows = [1000, -90, -90, -90, -90]
print(list(accumulate(cashflows, lambda bal, pmt: bal*1.05 + pmt)))
print(list(islice(accumulate(count(1)), 5)))
print(list(islice("abcdefg", 2, None, 2)), list(islice(range(10), 1, 8, 3)), list(islice(range(3), 10)))
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda x, y: x + [x[-1] + y], range(5), [0]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
print(list(itertools.chain([1, 2], (3,), "ab")), list(itertools.pairwise([1, 4, 9, 16])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))), list(itertools.repeat("x", 3)))
print(operator.add(2, 3), operator.sub(2, 3), operator.truediv(1, 4), operator.lt(1, 2), operator.neg(5))
c = count(10, 2.5)
print(next(c), next(c), next(c))
print(type(accumulate([])), operator.add, itertools)
import numpy as np
print(list(accumulate(np.array([1, 2, 3]))))
print(np.array(list(accumulate([0.1] * 10))))
print(list(zip(count(), "abc")))
try:
    list(islice([1], -1))
except ValueError as e:
    print(e)
print(itertools.nope)
