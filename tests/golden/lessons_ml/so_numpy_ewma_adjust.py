# Source: https://www.e-learn.cn/qa/answer/108178/442211.html (Stack Overflow "Exponential weighted
# moving average in NumPy like pandas", the adjust=True answer: function as written; calls added)
import numpy as np

def numpy_ewma(data, window):
    alpha = 2 /(window + 1.0)
    scale = 1/(1-alpha)
    n = data.shape[0]
    scale_arr = (1-alpha)**(-1*np.arange(n))
    weights = (1-alpha)**np.arange(n)
    pw0 = (1-alpha)**(n-1)
    mult = data*pw0*scale_arr
    cumsums = mult.cumsum()
    out = cumsums*scale_arr[::-1] / weights.cumsum()
    return out

print(numpy_ewma(np.arange(10.0), 3))
print(numpy_ewma(np.array([22.27, 22.19, 22.08, 22.17, 22.18, 22.13, 22.23, 22.43, 22.24, 22.29]), 5))
