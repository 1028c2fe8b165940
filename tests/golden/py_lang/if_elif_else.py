import numpy as np
for x in [-2, 0, 3]:
    if x < 0:
        print('neg')
    elif x == 0:
        print('zero')
    else:
        print('pos')
