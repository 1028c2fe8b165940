import numpy as np
a = np.arange(3)
b = np.arange(2)
d = a * 2 + b
