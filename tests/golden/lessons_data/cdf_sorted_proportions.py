# Source: https://readforlearn.com/calculate-the-cumulative-distribution-function-cdf-in-python/
# (answer: sort the samples and pair them with proportions 0..1 to read the empirical CDF).
# Adapted: seeded, 12 samples instead of 10000, the matplotlib figure replaced by prints and a
# median look-up the answer describes in prose.
import numpy as np

np.random.seed(42)
# create some randomly ddistributed data:
data = np.random.randn(12)
# sort the data:
data_sorted = np.sort(data)
# calculate the proportional values of samples
p = 1. * np.arange(len(data)) / (len(data) - 1)
print(data_sorted)
print(p)
for x, q in zip(data_sorted, p):
    print(f"{x:8.4f} {q:.3f}")
print("median ~", data_sorted[len(data_sorted) // 2], np.median(data))
print(np.percentile(data, [25, 50, 75]))
print(np.interp(0.5, p, data_sorted))
