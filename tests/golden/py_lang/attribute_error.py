import numpy as np
xs = [1]
xs.push(2)
