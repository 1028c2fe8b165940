import numpy as np
# Source: https://apple.github.io/turicreate/docs/api/generated/turicreate.SArray.cumulative_max.html
# (the cumulative maximum example [1, 0, 3, 4, 2] -> [1, 1, 3, 4, 4], checked against NumPy's form)
sa = np.array([1, 0, 3, 4, 2])
print(np.maximum.accumulate(sa))
# records: positions where a new maximum is set
best = np.maximum.accumulate(sa)
print(sa == best)
print(np.minimum.accumulate(sa[::-1])[::-1])
# Matrix from https://mindspore.cn/docs/en/r2.1/api_python/ops/mindspore.ops.cummax.html (cummax along axis 0)
m = np.array([[3, 4, 6, 10], [1, 6, 7, 9], [4, 3, 8, 7], [1, 3, 7, 9]], dtype=np.float32)
print(np.maximum.accumulate(m, axis=0))
print(np.minimum.accumulate(m, axis=1))
