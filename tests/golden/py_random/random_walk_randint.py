import random
import numpy as np
random.seed(7)
steps = [1 if random.randint(0, 1) else -1 for _ in range(500)]
walk = np.cumsum(steps)
print(walk[-1], walk.max(), walk.min(), (walk == 0).sum())
