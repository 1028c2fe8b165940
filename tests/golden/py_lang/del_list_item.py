import numpy as np
xs = [1, 2, 3, 4]
del xs[1]
print(xs)
del xs[:2]
print(xs)
