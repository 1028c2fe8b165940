import numpy as np

# Tied floats, -0.0 beside 0.0, and NaNs (an array with NaN goes to
# std::sort in x86-simd-sort; float16 to NumPy's introsort).
rng = np.random.default_rng(7)
for dt in [np.float64, np.float32, np.float16]:
    total = 0
    for n in range(1, 301):
        a = (rng.integers(-2, 3, n) / 2).astype(dt)
        a = np.where(rng.random(n) < 0.2, -0.0, a).astype(dt)
        if n % 3 == 0:
            a[rng.random(n) < 0.1] = np.nan
        r = np.argsort(a)
        total = total + int((r * (np.arange(n) % 101 + 1)).sum()) * n
        if n in (5, 8, 12, 16, 17, 30):
            print(dt.__name__, n, a)
            print(r)
    print(dt.__name__, total)

x = np.array([0.0, -0.0, 1.0, -0.0, 0.0, np.nan, -1.0, 0.0, np.inf, -np.inf, 0.0, np.nan])
print(np.argsort(x))
print(np.argsort(x.astype(np.float32)))
print(x.argsort(kind='quicksort'))
print(np.argsort(np.array([np.inf, 1.0, np.inf, np.inf, 2.0, np.inf, 1.0, np.inf, np.inf, 1.0])))
