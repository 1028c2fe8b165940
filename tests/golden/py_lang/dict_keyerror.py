import numpy as np
d = {'a': 1}
print(d['b'])
