import numpy as np
xs = [3, 1, 2]
print(sorted(xs), list(reversed(xs)), sorted('bca'))
