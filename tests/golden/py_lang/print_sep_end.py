import numpy as np
print(1, 2, 3, sep='-', end='!\n')
print('a', end='')
print('b')
