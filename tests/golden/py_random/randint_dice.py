import random
import numpy as np
random.seed(6)
rolls = [random.randint(1, 6) for _ in range(60)]
print(rolls)
print(np.bincount(rolls), np.mean(rolls))
print(random.randint(-10, -5), random.randint(0, 0), random.randint(10**18, 10**19))
