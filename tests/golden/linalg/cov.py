import numpy as np
rng = np.random.default_rng(21)
print(repr(np.cov([1, 2, 4, 7])))
print(repr(np.cov([[0, 1, 2], [2, 1, 0]])))
for t in range(9):
    p = int(rng.integers(2, 6))
    n = int(rng.integers(2, 40))
    x = rng.standard_normal((p, n))
    print(t, np.cov(x).tolist())
    print(t, np.cov(x, bias=True).tolist(), np.cov(x, ddof=0).tolist())
    f = rng.integers(1, 4, n)
    a = rng.random(n)
    print(t, np.cov(x, fweights=f).tolist(), np.cov(x, aweights=a).tolist())
