import numpy as np
x = [1, 2, 3]
x[5]
