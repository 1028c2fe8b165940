import numpy as np
f = lambda v: v[3]
print(f([1, 2]))
