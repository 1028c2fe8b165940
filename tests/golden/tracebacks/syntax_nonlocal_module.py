import numpy as np
print(np.cumsum([1, 2]))
nonlocal total
