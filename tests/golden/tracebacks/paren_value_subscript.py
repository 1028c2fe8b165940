import numpy as np
x = (np.arange(3)) [7]
