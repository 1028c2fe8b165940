# Source: https://newbedev.com/list-comprehension-for-running-total (functional answers, with the
# reduce import Python 3 needs; prints added)
from functools import reduce
a = range(20)
runningTotal = reduce(lambda x, y: x+[x[-1]+y], a, [0])[1:]
print(runningTotal)
a = range(20)
runningTotal = reduce(lambda l, v: (l.append(l[-1] + v) or l), a, [0])
print(runningTotal)
