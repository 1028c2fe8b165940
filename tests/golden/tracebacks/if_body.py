import numpy as np
if True:
    y = np.arange(3) @ np.arange(4)
