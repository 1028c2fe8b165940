import numpy as np
p = np.array([0.5, 0.25, 0.125, 0.125])
logp = np.log(p)
total = np.add.accumulate(logp)
print(repr(total))
print(repr(np.exp(total, dtype=np.float64)))
mask = p > 0.2
out = np.full(4, -np.inf)
np.log(p, where=mask, out=out)
print(repr(out))
