import numpy as np
a = np.arange(3)
try:
    a[5]
except IndexError:
    raise KeyError("missing")
