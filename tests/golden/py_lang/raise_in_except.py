import numpy as np
try:
    1 / 0
except ZeroDivisionError:
    raise RuntimeError('during')
