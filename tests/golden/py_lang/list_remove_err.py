import numpy as np
xs = [1, 2]
xs.remove(5)
