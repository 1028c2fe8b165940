import numpy as np
import sys

data = np.array([])
if data.size == 0:
    sys.exit("no data to sum")
print(data.cumsum())
