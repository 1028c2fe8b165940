import numpy as np
a = np.array([60000.0, 60000.0], dtype=np.float16)
print(np.cumsum(a))
print(np.nancumsum(a), np.nancumprod(a))
print(np.cumsum(np.array([1e308, 1e308]), out=np.zeros(2, np.int64)))
print(np.cumsum(np.array([0.5, -0.5, 0.0]), out=np.zeros(3, bool)))
