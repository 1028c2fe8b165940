import numpy as np
a = np.array([1, 2, 3])
if a > 1:
    print('x')
