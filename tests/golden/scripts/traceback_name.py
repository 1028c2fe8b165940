import numpy as np
print(1)
print(cumsun)
