import numpy as np
try:
    np.arange(3).cumsum(axis=1)
except ValueError as e:
    print('ValueError', e)
