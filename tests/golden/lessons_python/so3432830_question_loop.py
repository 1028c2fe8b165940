# Source: http://stackoverflow.com/questions/3432830/list-comprehension-for-running-total (question's loop; Python 2 print turned into print(); import numpy added)
import numpy as np
a = range(20)

runningTotal = []
for n in range(len(a)):
    new = runningTotal[n-1] + a[n] if n > 0 else a[n]
    runningTotal.append(new)

for i in zip(a, runningTotal):
    print("{0:>3}{1:>5}".format(*i))
