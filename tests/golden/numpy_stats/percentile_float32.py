import numpy as np
x = np.array([16.14, 34.6, 3.55], dtype=np.float32)
for q in [50, 25, 33.3, 90]:
    r = np.percentile(x, q); print(repr(r), type(r).__name__)
print(repr(np.median(x)), repr(np.quantile(x, 0.37)))
print(repr(np.percentile(x, [10, 50, 99])))
y = np.array([1.5, 2.25, 7.1, 9.9], dtype=np.float16)
print(repr(np.percentile(y, 40)), repr(np.median(y)))
for m in ['linear', 'lower', 'higher', 'nearest', 'midpoint', 'weibull', 'hazen', 'median_unbiased', 'normal_unbiased', 'inverted_cdf', 'averaged_inverted_cdf', 'closest_observation', 'interpolated_inverted_cdf']:
    print(m, repr(np.percentile(x, 40, method=m)))
x = np.array([16.14, np.nan, 34.6, 3.55, 7.25], dtype=np.float32)
print(repr(np.nanpercentile(x, 30)), repr(np.nanpercentile(x, [30])), repr(np.nanquantile(x, 0.3)))
print(repr(np.percentile(x, 30)))
y = np.array([[1.5, 2.25], [7.1, 9.9]], dtype=np.float32)
print(repr(np.percentile(y, 40, axis=0)), repr(np.percentile(y, np.float64(40), axis=1)), repr(np.quantile(y, 0.4, keepdims=True)))
print(repr(np.median(y)), repr(np.median(y, axis=0)), repr(np.median(np.array([1.5, 2.25, 7.1, 9.9], dtype=np.float16))))
print(repr(np.percentile(y, True)))
