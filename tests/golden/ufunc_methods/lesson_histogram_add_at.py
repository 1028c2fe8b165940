import numpy as np
# A histogram by hand: np.add.at counts every occurrence of a repeated
# index, where counts[idx] += 1 would count each index only once.
data = np.array([2, 3, 3, 0, 1, 3, 2, 2, 3, 0])
counts = np.zeros(4, dtype=int)
np.add.at(counts, data, 1)
print(counts)
buffered = np.zeros(4, dtype=int)
buffered[data] += 1
print(buffered)
print(np.array_equal(counts, np.bincount(data)))
# Weighted: sum the weights that fall in each bin.
weights = np.array([0.5, 1.0, 1.5, 2.0, 0.25, 1.0, 1.0, 0.5, 0.5, 2.0])
totals = np.zeros(4)
np.add.at(totals, data, weights)
print(totals)
print(totals.sum(), weights.sum())
# Binning floats first: the bin of each value, then the counts.
values = np.array([0.1, 0.35, 0.4, 0.8, 0.99, 0.05, 0.5])
bins = (values * 4).astype(int)
hist = np.zeros(4, dtype=np.int64)
np.add.at(hist, bins, 1)
print(bins, hist)
