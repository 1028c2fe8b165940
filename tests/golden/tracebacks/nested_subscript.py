import numpy as np
m = [[1, 2], [3, 4]]
v = m[1][5]
