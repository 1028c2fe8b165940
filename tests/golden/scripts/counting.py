import numpy as np
x = np.array([3, 8, 1, 9, 4])
print((x > 3).cumsum())
