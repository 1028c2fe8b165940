import numpy as np

# np.histogram with bin edges sums float weights in the order NumPy's
# default argsort leaves tied values in (x86-simd-sort for int64/float64).
rng = np.random.default_rng(11)
for n in [10, 40, 300, 2000]:
    a = rng.integers(0, 6, n)
    w = rng.random(n) * 10.0 ** rng.integers(-8, 8, n)
    print(np.histogram(a, bins=[0, 1, 2.5, 4, 6], weights=w)[0].tolist())
    print(np.histogram(a.astype(float), bins=[0, 2, 3, 6], weights=w)[0].tolist())
    print(np.histogram(a.astype(np.int16), bins=[0, 2, 3, 6], weights=w.astype(np.float32))[0].tolist())
