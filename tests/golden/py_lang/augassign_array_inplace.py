import numpy as np
a = np.arange(3)
b = a
a += 10
print(b)
