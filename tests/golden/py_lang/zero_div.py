import numpy as np
print(5 // 0)
