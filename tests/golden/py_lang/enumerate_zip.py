import numpy as np
for i, (a, b) in enumerate(zip('xyz', [1, 2, 3]), start=1):
    print(i, a, b)
