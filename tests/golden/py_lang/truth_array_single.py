import numpy as np
print(bool(np.array([0])), bool(np.array([3])))
if np.array([2]):
    print('yes')
