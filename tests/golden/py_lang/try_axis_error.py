import numpy as np
try:
    np.cumsum(np.arange(3), axis=2)
except np.exceptions.AxisError as e:
    print('AxisError:', e)
