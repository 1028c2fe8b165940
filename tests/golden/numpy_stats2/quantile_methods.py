# Every method= of np.quantile/np.percentile (NumPy's _QuantileMethods): virtual
# indexes at both ends, picking methods keeping the dtype, axis=, NaNs, bools.
import numpy as np

methods = ['inverted_cdf', 'averaged_inverted_cdf', 'closest_observation',
           'interpolated_inverted_cdf', 'hazen', 'weibull', 'linear',
           'median_unbiased', 'normal_unbiased', 'lower', 'higher', 'midpoint', 'nearest']
qs = [0, 0.05, 0.1, 0.2, 0.25, 1/3, 0.5, 0.6, 0.75, 0.9, 0.99, 1]
for n in [1, 2, 3, 4, 5, 7, 10]:
    a = np.arange(10, 10 + 3 * n, 3)
    for m in methods:
        r = np.quantile(a, qs, method=m)
        print(n, m, r.dtype, r)
x = np.array([3.5, -1.0, 2.25, 8.0, 0.5, 4.0])
for m in methods:
    print(m, np.percentile(x, [10, 50, 90], method=m), np.percentile(x, 37.5, method=m))
grid = np.arange(24).reshape(4, 6) ** 2 % 17
for m in methods:
    print(m, np.quantile(grid, [0.3, 0.8], axis=1, method=m).tolist())
    print(m, np.quantile(grid, 0.5, axis=0, method=m, keepdims=True).tolist())
y = np.array([1.0, np.nan, 3.0, 2.0])
for m in methods:
    print(m, np.quantile(y, 0.4, method=m), np.nanquantile(y, [0.2, 0.4], method=m))
b = np.array([True, False, True, True])
for m in ['inverted_cdf', 'closest_observation', 'lower', 'higher', 'nearest']:
    print(m, repr(np.quantile(b, [0.1, 0.5, 0.9], method=m)))
for m in ['hazen', 'averaged_inverted_cdf', 'median_unbiased']:
    try:
        np.quantile(b, 0.5, method=m)
    except TypeError as e:
        print(m, "TypeError:", e)
try:
    np.percentile([1, 2, 3], 50, method='median')
except ValueError as e:
    print("ValueError:", e)
