import numpy as np
rng = np.random.default_rng(5)
methods = ['linear', 'weibull', 'hazen', 'median_unbiased', 'normal_unbiased', 'midpoint', 'interpolated_inverted_cdf', 'averaged_inverted_cdf', 'nearest']
for dt in [np.float32, np.float16]:
    for k in range(60):
        n = int(rng.integers(1, 9))
        x = (rng.normal(size=n) * 10.0 ** int(rng.integers(-3, 4))).astype(dt)
        q = float(rng.uniform(0, 100))
        m = methods[k % len(methods)]
        print(repr(np.percentile(x, q, method=m)), repr(np.quantile(x, q / 100)), repr(np.percentile(x, [q, 50.0])), repr(np.median(x)))
