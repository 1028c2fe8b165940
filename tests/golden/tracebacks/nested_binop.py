import numpy as np
a = np.arange(3)
b = np.arange(2)
c = np.arange(3)
d = a + b * c
