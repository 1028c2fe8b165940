import numpy as np
a = np.cumsum([1, 2, 3])
print(f'cumsum: {a}')
print(f'{a[-1]:5d}|')
