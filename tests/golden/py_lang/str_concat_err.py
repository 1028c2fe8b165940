import numpy as np
print('a' + 1)
