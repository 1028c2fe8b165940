import numpy as np
import math
x = 1 + math.sqrt(1, 2)
