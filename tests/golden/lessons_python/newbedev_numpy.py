# Source: https://newbedev.com/list-comprehension-for-running-total (numpy answer, as written; `a` from the question; prints added)
import numpy as np
a = range(20)
tot = np.cumsum(a)  # returns a np.ndarray
print(tot)
tot = list(tot)     # if you prefer a list
print(tot[:5])
