import numpy as np
x = 5
del x
print(x)
