import numpy as np
a = np.arange(3)
print(type(a))
print(type(a[0]))
print(a.dtype)
print(a.shape)
print(np.float64)
