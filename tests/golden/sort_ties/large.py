import numpy as np

# Lanes past 256: x86-simd-sort's median-of-8 pivot and vector partitions
# (unrolled past 256 elements), recursing into networks.
rng = np.random.default_rng(99)
for n in [257, 300, 511, 512, 513, 1000, 1031, 4096, 5000, 100000]:
    for dt in [np.int64, np.uint32, np.float64, np.float32, np.int16]:
        for k in [2, 10, 1000]:
            a = rng.integers(0, k, n).astype(dt)
            r = np.argsort(a)
            print(n, dt.__name__, k, r[:12], r[-6:], int((r * (np.arange(n) % 1009)).sum()))

# Patterned keys: sorted runs, a reversed run, one outlier, all equal.
for n in [20, 300, 3000]:
    for a in [np.arange(n) % 7, (np.arange(n) % 7)[::-1], np.r_[np.zeros(n - 1), 1], np.r_[1, np.zeros(n - 1)], np.full(n, 4), np.arange(n) // 3]:
        for dt in [np.int64, np.int32, np.float64]:
            r = np.argsort(a.astype(dt))
            print(n, dt.__name__, r[:10], int((r * (np.arange(n) % 1009)).sum()))

# NaN in a long float lane: std::sort (introsort) on the whole lane.
a = rng.integers(0, 5, 3000).astype(np.float64)
a[rng.random(3000) < 0.05] = np.nan
r = np.argsort(a)
print(r[:10], r[-10:], int((r * (np.arange(3000) % 1009)).sum()))
