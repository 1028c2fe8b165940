import numpy as np
x = 3
print('odd' if x % 2 else 'even')
