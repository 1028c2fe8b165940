# Source: http://stackoverflow.com/questions/3432830/list-comprehension-for-running-total (default-parameter answer; map wrapped in list() for Python 3; import numpy added)
import numpy as np
def accumulate(x, l=[0]): l[0] += x; return l[0];
print(list(map(accumulate, range(20))))
