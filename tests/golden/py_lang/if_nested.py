import numpy as np
x = 5
if x > 1:
    if x > 4:
        print('big')
    else:
        print('mid')
