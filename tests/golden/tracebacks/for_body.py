import numpy as np
for i in range(5):
    x = [1, 2][i]
