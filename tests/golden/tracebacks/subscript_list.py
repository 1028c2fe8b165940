import numpy as np
x = [1, 2, 3]
y = x[5]
