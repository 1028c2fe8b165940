# Source: http://stackoverflow.com/questions/3432830/list-comprehension-for-running-total (newbedev copy: loop answer then the question's table print, Python 3 print)
import numpy as np
a = range(20)
runningTotal = []
total = 0
for n in a:
    total += n
    runningTotal.append(total)
for i in zip(a, runningTotal):
    print("{0:>3}{1:>5}".format(*i))
