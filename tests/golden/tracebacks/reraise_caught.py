import numpy as np
try:
    np.arange(3)[5]
except IndexError as e:
    print("caught", e)
    raise e
