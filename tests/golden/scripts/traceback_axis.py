import numpy as np
a = np.arange(3)
print(a.cumsum())
print(a.cumsum(axis=1))
print('not reached')
