# Lesson: the weighted median is where the running total of the weights,
# taken in sorted order of the values, first reaches half of all the weight.
import numpy as np
values = np.array([7.0, 1.5, 3.2, 9.9, 4.4, 2.8, 6.1])
weights = np.array([1, 4, 2, 1, 3, 2, 1])
order = np.argsort(values)
print("sorted values:", values[order])
cw = np.cumsum(weights[order])
print("running weight:", cw)
half = cw[-1] / 2
i = np.searchsorted(cw, half)
print("half of the weight:", half, "reached at index", i)
print("weighted median:", values[order][i])
print("plain median:", np.median(values), "weighted mean:", np.average(values, weights=weights))
# Equal weights give back an ordinary (lower) median.
ones = np.ones_like(weights)
j = np.searchsorted(np.cumsum(ones[order]), ones.sum() / 2)
print("equal weights:", values[order][j], np.percentile(values, 50, method='lower'))
