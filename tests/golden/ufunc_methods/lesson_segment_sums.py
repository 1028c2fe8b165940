import numpy as np
# Segment sums with reduceat, then a running total across segments.
sales = np.array([3, 5, 2, 8, 1, 4, 6, 7, 2, 9])
starts = np.array([0, 3, 4, 8])
per_segment = np.add.reduceat(sales, starts)
print(per_segment)
print(np.cumsum(per_segment))
# The running total at each segment end equals the cumsum sampled there.
ends = np.r_[starts[1:], len(sales)] - 1
print(np.cumsum(sales)[ends])
# Means per segment.
lengths = np.diff(np.r_[starts, len(sales)])
print(per_segment / lengths)
# Float segments keep NumPy's summation order.
x = np.linspace(0.0, 1.0, 11)
print(np.add.reduceat(x, [0, 5, 10]))
print(np.maximum.reduceat(sales, starts))
# Every row of a table at once: segments along axis 1.
table = np.arange(12).reshape(3, 4)
print(np.add.reduceat(table, [0, 2], axis=1))
print(np.cumsum(np.add.reduceat(table, [0, 2], axis=1), axis=1))
