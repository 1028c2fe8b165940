import numpy as np
print('a', 1, np.int64(2), np.float32(0.5), sep=' | ')
print([np.int64(1)])
print((np.float64(0.5),))
