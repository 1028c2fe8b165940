# Source: https://techstalking.com/programming/python/how-to-get-the-cumulative-distribution-function-with-numpy/
# (Q&A "How to get the cumulative distribution function with NumPy?": a binned CDF from
# np.histogram + cumsum against the un-binned one from np.sort). Adapted: seeded, N smaller,
# `normed=True` (removed from NumPy) written as `density=True` as the answer's update says,
# the plt lines replaced by prints.
import numpy as np

np.random.seed(0)
N = 20
Z = np.random.normal(size = N)
# method 1
H,X1 = np.histogram( Z, bins = 10, density = True )
dx = X1[1] - X1[0]
F1 = np.cumsum(H)*dx
#method 2
X2 = np.sort(Z)
F2 = np.array(range(N))/float(N)

print(X1[1:], F1)
print(X2, F2)

hist, bin_edges = np.histogram(np.random.randint(0,10,100), density=True)
print(bin_edges)
print(hist)
print(np.cumsum(hist))
print(np.cumsum(hist * np.diff(bin_edges)))
