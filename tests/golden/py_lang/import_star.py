import numpy as np
from numpy import *
a = array([1, 2, 3])
print(cumsum(a), sum(a), max(a), min([4, 2]), pi, inf, newaxis)
print(sum is np.sum, abs(-2), round(2.567, 1), type(sum([1.5])).__name__, any([0, 1]), all([1, 0]))
print(add.accumulate(a), float64(1) / 3, ndarray, dtype('int8'))
