import numpy as np

# np.argsort's default kind on tie-heavy integer keys, sizes 1..300: the
# networks (up to 256) and the first partitions; int8/int16 take NumPy's
# own introsort, the 32- and 64-bit dtypes x86-simd-sort's.
rng = np.random.default_rng(2024)
for dt in [np.int64, np.int32, np.uint32, np.uint64, np.int16, np.int8, np.uint8, np.bool_]:
    total = 0
    for n in range(1, 301):
        k = [2, 3, 5, 17][n % 4]
        a = rng.integers(0, k, n).astype(dt)
        r = np.argsort(a)
        total = total + int((r * (np.arange(n) % 101 + 1)).sum()) * n
        if n in (1, 2, 7, 8, 9, 15, 16, 17, 33, 64, 65):
            print(dt.__name__, n, r)
    print(dt.__name__, total)
