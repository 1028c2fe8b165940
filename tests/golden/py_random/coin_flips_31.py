import random
import numpy as np
random.seed(31)
flips = [random.random() < 0.5 for _ in range(40)]
heads = np.cumsum(flips)
print(''.join('H' if f else 'T' for f in flips))
print(heads[-1], heads[9], np.cumsum([1 if f else -1 for f in flips])[-10:])
