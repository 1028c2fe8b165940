import numpy as np
print('-' * 10)
print([0] * 3)
