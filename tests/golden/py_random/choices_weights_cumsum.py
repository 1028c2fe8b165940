import random
import numpy as np
random.seed(2024)
steps = random.choices([-1, 0, 1], weights=[1, 2, 3], k=30)
print(steps)
print(np.cumsum(steps))
print(random.choices([-1, 1], k=10))
print(random.choices('abc', cum_weights=[0.1, 0.5, 1.0], k=8))
print(random.choices(range(5), [0.5, 0, 0, 0, 0.5], k=6))
print(random.choices([10, 20], weights=np.array([1.0, 3.0]), k=5))
print(random.choices([1, 2, 3], k=0), random.choices([1, 2, 3], k=-2))
