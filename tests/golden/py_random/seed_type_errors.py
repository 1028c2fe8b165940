import random
import numpy as np
for bad in [[1], (1, 2), {1: 2}, int, np.int64(3), 1j]:
    try:
        random.seed(bad)
        print('seeded', repr(bad))
    except TypeError as e:
        print(type(e).__name__, repr(str(e)))
random.seed(np.float64(2.5))
print(random.random())
random.seed(None)
print(type(random.random()))
random.seed()
print(0 <= random.random() < 1)
