import numpy as np
# Weighted median from a cumsum with np.searchsorted, as the answer to
# "NumPy or SciPy to calculate weighted median" does it
# (http://stackoverflow.com/questions/20601872/numpy-or-scipy-to-calculate-weighted-median).
freq_count = np.array([[30, 191, 9, 0], [10, 20, 300, 10], [10, 20, 30, 40], [100, 10, 10, 10], [1, 1, 1, 100]])
c = np.cumsum(freq_count, axis=1)
indices = [np.searchsorted(row, row[-1] / 2.0) for row in c]
masses = [i * 10 for i in indices]
print("median masses is:", masses)
print(c)

# The same idea on unsorted values: sort, cumsum the weights, find the half.
values = np.array([7.5, 1.0, 3.25, 9.0, 4.0])
weights = np.array([1, 3, 2, 1, 5])
order = np.argsort(values)
cw = np.cumsum(weights[order])
i = np.searchsorted(cw, cw[-1] / 2)
print(values[order], cw, i, values[order][i])
print(np.median(values), np.mean(values))
