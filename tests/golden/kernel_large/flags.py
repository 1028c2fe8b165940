import numpy as np
big = np.full(300000, 1e300)
big[200000] = 1e308
print(big.cumsum()[-2:])
print(np.cumprod(np.full(300000, 1.001))[-2:])
n = np.arange(300000, dtype=np.float64)
n[250000] = np.inf
n[250001] = -np.inf
print(n.cumsum()[-2:])
r = np.full((300, 1000), 1e306)
print(r.cumsum(axis=0)[-1, :2], r.cumsum(axis=1)[-1, -2:])
h = np.full(300000, 60000, dtype=np.float16)
print(h.cumsum(dtype=np.float16)[:3])
