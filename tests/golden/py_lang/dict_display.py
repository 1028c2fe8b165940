import numpy as np
d = {'x': 1, 'y': [1, 2], 3: 'three'}
print(d)
print(d['y'], d[3], len(d))
