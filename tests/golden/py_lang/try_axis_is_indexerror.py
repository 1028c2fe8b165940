import numpy as np
try:
    np.arange(3).cumsum(axis=-2)
except IndexError as e:
    print('IndexError', e)
