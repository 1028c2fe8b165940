import numpy as np
x = 10
y = x  //  0
