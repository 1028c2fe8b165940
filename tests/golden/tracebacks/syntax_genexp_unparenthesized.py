import numpy as np
print(np.sum(x * x for x in range(4), 0))
