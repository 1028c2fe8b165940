# Lesson: percentiles of a running total (cumulative savings over a year).
import numpy as np
rng = np.random.default_rng(7)
deposits = rng.integers(-20, 60, size=52)
total = np.cumsum(deposits)
print("first weeks:", total[:8])
print("final balance:", total[-1], "lowest:", total.min(), "highest:", total.max())
q = np.percentile(total, [10, 25, 50, 75, 90])
print("percentiles:", q)
print("median by quantile:", np.quantile(total, 0.5), np.median(total))
print("interquartile range:", q[3] - q[1])
print("lower/higher 90th:", np.percentile(total, 90, method='lower'), np.percentile(total, 90, method='higher'))
print("weeks above the 75th percentile:", np.sum(total > q[3]))
print("share of weeks with a withdrawal:", np.mean(deposits < 0))
