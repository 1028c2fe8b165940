# Source: https://newbedev.com/list-comprehension-for-running-total (functional answer, as written; under Python 3 `reduce` is no longer a builtin, so this raises NameError as the answer stands)
import numpy as np
a = range(20)
runningTotal = reduce(lambda x, y: x+[x[-1]+y], a, [0])[1:]
print(runningTotal)
