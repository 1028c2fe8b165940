# Source: code-corpus snippet "def cumsum(x)" with np.zeros (as written; calls added to show what it returns — note it skips x[0])
import numpy as np
def cumsum(x):
    y = np.zeros(len(x) + 1)
    for i in range(1, len(x)): 
        y[i] = y[i-1] + x[i]
    return y
print(cumsum([1, 2, 3, 4]))
print(np.cumsum([1, 2, 3, 4]))
