# Source: https://makemeengr.com/numpy-version-of-exponential-weighted-moving-average-equivalent-to-pandas-ewm-mean
# (Divakar's Stack Overflow answer: both functions as written; its runtime test's data with a seed,
# the loopy numpy_ewma it compares against (not on the page) replaced by comparing the two
# versions, and the %timeit lines left out)
import numpy as np

def numpy_ewma_vectorized(data, window):

    alpha = 2 /(window + 1.0)
    alpha_rev = 1-alpha

    scale = 1/alpha_rev
    n = data.shape[0]

    r = np.arange(n)
    scale_arr = scale**r
    offset = data[0]*alpha_rev**(r+1)
    pw0 = alpha*alpha_rev**(n-1)

    mult = data*pw0*scale_arr
    cumsums = mult.cumsum()
    out = offset + cumsums*scale_arr[::-1]
    return out

def numpy_ewma_vectorized_v2(data, window):

    alpha = 2 /(window + 1.0)
    alpha_rev = 1-alpha
    n = data.shape[0]

    pows = alpha_rev**(np.arange(n+1))

    scale_arr = 1/pows[:-1]
    offset = data[0]*pows[1:]
    pw0 = alpha*alpha_rev**(n-1)

    mult = data*pw0*scale_arr
    cumsums = mult.cumsum()
    out = offset + cumsums*scale_arr[::-1]
    return out

np.random.seed(0)
data = np.random.randint(2,9,(5000))
window = 20
print(np.allclose(numpy_ewma_vectorized(data, window), numpy_ewma_vectorized_v2(data, window)))
print(numpy_ewma_vectorized(data, window)[:6])
print(numpy_ewma_vectorized_v2(data, window)[-4:])
print(numpy_ewma_vectorized(np.arange(8.0), 3))
