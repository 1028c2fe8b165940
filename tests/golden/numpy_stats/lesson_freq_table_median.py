import numpy as np
# Median of a frequency table [[value, freq]] through the cumulative frequencies
# (https://stackoverflow.com/questions/71238023/how-to-find-median-in-numpy-2d-array-with-matching-column).
def median_freq_table(freq_table):
    values = freq_table[:, 0]
    freqs = freq_table[:, 1]
    cf = np.cumsum(freqs)
    n = cf[-1]
    l = (n // 2 - 1) < cf
    r = (n // 2) < cf
    if n % 2 == 1 or all(l == r):
        return values[r][0]
    else:
        return np.mean(values[l | r][:2])

xs = np.array([[10000, 329], [20000, 329], [30000, 323], [40000, 310], [50000, 284],
               [60000, 232], [70000, 189], [80000, 130], [90000, 87], [100000, 71]])
print(median_freq_table(xs))
print(median_freq_table(np.array([[1, 3], [10, 3]])))
# The same with searchsorted on the cumulative frequencies, checked against np.median.
cf = np.cumsum(xs[:, 1])
print(xs[np.searchsorted(cf, cf[-1] // 2, side='right'), 0])
print(np.round(cf / cf[-1], 3))
