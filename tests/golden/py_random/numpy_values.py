import random
import numpy as np
random.seed(8)
print(random.choice(np.arange(10, 20)))
print(random.uniform(np.float64(1), 2), random.gauss(np.float64(0), 1))
print(random.randrange(np.int64(10)), random.randint(np.int64(1), 6))
print(random.choices(['a', 'b'], weights=np.array([1, 3]), k=4))
