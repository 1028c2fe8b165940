# np.quantile/np.percentile with weights= (method='inverted_cdf' only):
# _quantile's weighted branch, leading zero weights, ties, axes, and errors.
import numpy as np

a = np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0])
w = np.array([1, 2, 0, 1, 3, 1, 2, 2])
qs = [0, 0.1, 0.125, 0.25, 0.5, 0.6, 0.75, 0.9, 1]
print(repr(np.quantile(a, qs, weights=w, method='inverted_cdf')))
print(repr(np.percentile(a, 50, weights=w, method='inverted_cdf')))
print(repr(np.quantile(a, qs, weights=np.ones(8), method='inverted_cdf')))
print(repr(np.quantile(a, qs, method='inverted_cdf')))
print(repr(np.quantile(a, qs, weights=[0, 0, 1, 1, 0, 0, 0, 2], method='inverted_cdf')))
print(repr(np.quantile(np.arange(10), [0.33, 0.5], weights=np.arange(10) * 0.1, method='inverted_cdf')))
g = np.array([[7, 1, 3, 5], [2, 8, 6, 4], [9, 9, 0, 1]])
gw = np.array([[1, 1, 2, 1], [3, 1, 1, 1], [1, 2, 1, 1]])
print(repr(np.quantile(g, 0.5, axis=1, weights=gw, method='inverted_cdf')))
print(repr(np.quantile(g, [0.2, 0.8], axis=0, weights=[1, 2, 3], method='inverted_cdf')))
print(repr(np.quantile(g, 0.5, axis=1, weights=[4, 1, 1, 1], method='inverted_cdf', keepdims=True)))
print(repr(np.quantile(g, 0.5, weights=gw, method='inverted_cdf')))
print(repr(np.quantile([1.0, np.nan, 2.0], 0.5, weights=[1, 1, 1], method='inverted_cdf')))
print(repr(np.quantile([True, False, True], 0.5, weights=[1, 3, 1], method='inverted_cdf')))
for kw in [dict(weights=w), dict(weights=w, method='linear'), dict(weights=w[:3], method='inverted_cdf'),
           dict(weights=-w, method='inverted_cdf'), dict(weights=0 * w, method='inverted_cdf'),
           dict(weights=np.where(w > 2, np.nan, w), method='inverted_cdf')]:
    try:
        print(np.quantile(a, 0.5, **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    np.quantile(g, 0.5, axis=1, weights=[1, 2], method='inverted_cdf')
except ValueError as e:
    print("ValueError", e)
