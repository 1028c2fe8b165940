import numpy as np
a = np.arange(3)
b = (a +
     [1, 2])
