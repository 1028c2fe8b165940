import numpy as np
x = np.array([2.0, 4.0, 6.0, 8.0])
print(x.cumsum() / np.arange(1, x.size + 1))
