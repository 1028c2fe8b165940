import numpy as np
n = 3
while n:
    n -= 1
else:
    print('exhausted', n)
