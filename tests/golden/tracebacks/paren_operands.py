import numpy as np
a = np.arange(3)
b = np.arange(2)
c = (a + 1) * (b)
