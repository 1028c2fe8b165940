import numpy as np
x = 5
print(1 < x < 10, 1 < x > 7, x == 5 != 6)
