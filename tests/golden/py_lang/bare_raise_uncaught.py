import numpy as np
try:
    [][1]
except IndexError:
    raise
