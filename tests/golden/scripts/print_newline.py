import numpy as np
a = np.arange(3)
print('Flattened cumulative sum:\n', a.cumsum())
print('\nsecond', a)
