import numpy as np
print(7 // 2, -7 // 2, 7 % -3, 2 ** -2, 10 / 4, 1e3, 0.1 + 0.2)
