import numpy as np
# Source: Stack Overflow "How to get the cumulative distribution function with NumPy?" as stored in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (the numpy.unique method and the _cdf
# function, as written; the plt.plot line dropped and prints added; _cdf called once)
Z = np.array([1, 1, 1, 2, 2, 4, 5, 6, 6, 6, 7, 8, 8])
X, F = np.unique(Z, return_counts=True)
F = np.cumsum(F) / Z.size
print(X)
print(F)

def _cdf(x, data):
    return sum(x > data)

# This function can be used with numpy's vectorize for efficiency
v_cdf = np.vectorize(_cdf)
print(_cdf(5, Z))
