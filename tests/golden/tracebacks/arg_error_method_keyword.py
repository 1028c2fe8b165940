import numpy as np
a = np.array([1, 2, 3])
b = a.cumsum(axis=0, dtyp=float)
