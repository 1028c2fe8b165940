# Source: https://github.com/WadeDewnye/PythonLearning-matser/blob/5c98e2ddf3b398ebe5743397da16f840b424aa30/ex3.py
# (unseeded in the original: random.seed(1) and np.random.seed(1) added after the imports)
import random

import numpy as np
random.seed(1)
np.random.seed(1)

samples = np.random.normal(size=(4, 4))
# print(samples)

N = 10000000

# print(samples1)

position = 0
walk = [position]
steps = 10000
for i in range(steps):
    step = 1 if random.randint(0, 1) else -1
    position += step
    walk.append(position)

# print(walk)
print(np.max(walk))
print(np.min(walk))
print((np.abs(walk) >= 10).argmax())



