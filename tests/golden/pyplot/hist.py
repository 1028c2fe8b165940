import numpy as np
import matplotlib.pyplot as plt

rng = np.random.default_rng(7)
data = rng.normal(size=200)
n, bins, patches = plt.hist(data)
print(n, n.dtype)
print(bins)
print(patches)
n, bins, patches = plt.hist(data, bins=5, cumulative=True)
print(n, bins)
n, bins, _ = plt.hist(data, bins=[-3, -1, 0, 1, 3], density=True, cumulative=True)
print(n, bins)
n, bins, _ = plt.hist([1, 2, 2, 3, 3, 3], bins=3, range=(0, 3), weights=[1, 1, 1, 2, 2, 2])
print(n, bins)
print(plt.hist(np.arange(10), bins=4, density=True)[0])
fig, ax = plt.subplots()
counts, edges, bars = ax.hist(np.cumsum(rng.integers(0, 3, 50)), bins=4)
print(counts, edges, bars)
