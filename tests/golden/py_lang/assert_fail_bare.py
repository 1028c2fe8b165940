import numpy as np
assert np.cumsum([1, 2])[-1] == 4
