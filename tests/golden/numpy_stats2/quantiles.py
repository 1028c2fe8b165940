import numpy as np
a = np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0])
print(np.percentile(a, 50), np.percentile(a, [10, 33, 90]))
print(np.quantile(a, 0.3), np.quantile(a, [0.0, 1.0]))
for m in ['linear', 'lower', 'higher', 'nearest', 'midpoint']:
    print(m, np.percentile(a, [0, 15, 37.5, 50, 99, 100], method=m))
    print(m, repr(np.quantile(np.arange(10), 0.45, method=m)))
b = np.arange(12).reshape(3, 4)
print(np.percentile(b, 40, axis=0), np.percentile(b, 40, axis=1))
print(np.percentile(b, [25, 75], axis=1))
print(np.percentile(b, 60, axis=0, keepdims=True))
print(np.percentile(b, 60, keepdims=True).shape)
print(np.quantile([1.0, np.nan, 3.0], 0.5))
print(repr(np.quantile([1, 2], 0.5)))
