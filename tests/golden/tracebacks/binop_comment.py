import numpy as np
x = (1 # one
     ) / 0
