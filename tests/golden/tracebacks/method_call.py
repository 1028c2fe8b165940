import numpy as np
a = np.arange(3)
b = a.cumsum(axis=5)
