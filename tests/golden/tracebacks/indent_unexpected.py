import numpy as np
x = 1
    y = 2
