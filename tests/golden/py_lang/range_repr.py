import numpy as np
print(range(5), list(range(10, 0, -3)), len(range(3, 9)))
