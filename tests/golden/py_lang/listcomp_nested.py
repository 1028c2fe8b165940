import numpy as np
print([(i, j) for i in range(3) for j in range(i)])
