# Lesson: an empirical cumulative distribution from np.histogram + cumsum.
import numpy as np
rng = np.random.default_rng(11)
data = rng.normal(loc=10.0, scale=2.0, size=400)
counts, edges = np.histogram(data, bins=12)
print("counts:", counts)
cdf = np.cumsum(counts) / counts.sum()
print("cdf:", np.round(cdf, 4))
dens, _ = np.histogram(data, bins=edges, density=True)
print("density integrates to:", np.sum(dens * np.diff(edges)))
i = np.searchsorted(cdf, 0.5)
print("median bin:", edges[i], edges[i + 1], "true median:", np.median(data))
print("cdf from density:", np.round(np.cumsum(dens * np.diff(edges))[:4], 6))
print("steps:", np.ediff1d(cdf, to_begin=cdf[0])[:4])
