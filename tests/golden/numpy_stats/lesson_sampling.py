import numpy as np
# Sampling from a discrete distribution by inverting its cumsum: draw
# uniforms, then np.searchsorted on the normalised cumulative weights
# (the inverse-CDF trick of https://stackoverflow.com/questions/4265988/generate-random-numbers-with-a-given-numerical-distribution).
p = np.array([0.1, 0.05, 0.05, 0.2, 0.4, 0.2])
cdf = np.cumsum(p)
cdf = cdf / cdf[-1]
u = np.array([0.0, 0.05, 0.1, 0.12, 0.35, 0.99, 1.0])
print(cdf)
print(np.searchsorted(cdf, u, side='right'))
idx = np.searchsorted(cdf, u)
print(idx)
vals, cnt = np.unique(idx, return_counts=True)
print(vals, cnt)
print(np.clip(np.searchsorted(cdf, u, side='right'), 0, len(p) - 1))
