import numpy as np
a = np.arange(6)
print(a[1, 2])
