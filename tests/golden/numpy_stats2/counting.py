import numpy as np
print(np.bincount([0, 1, 1, 3, 2, 1, 7]))
print(np.bincount([0, 1, 1, 3], minlength=6))
print(np.bincount([0, 1, 1, 2], weights=[0.3, 0.5, 0.2, 0.7]))
print(np.bincount(np.array([], dtype=int)))
print(np.digitize([0.2, 6.4, 3.0, 1.6], [0.0, 1.0, 2.5, 4.0, 10.0]))
print(np.digitize([0.2, 6.4, 3.0, 1.6, 4.0], [10.0, 4.0, 2.5, 1.0, 0.0]))
print(np.digitize([1.0, 2.5, 4.0], [0.0, 1.0, 2.5, 4.0], right=True))
print(np.digitize(3, [1, 2, 3, 4]), np.digitize(3, [1, 2, 3, 4], right=True))
