import numpy as np
it = iter([1, 2, 3])
print(next(it))
print(list(it))
