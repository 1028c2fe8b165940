import numpy as np
x = np.cumsum([1, 2])[-1]
if x = 3:
    print("three")
