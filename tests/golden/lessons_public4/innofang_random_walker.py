# Source: https://github.com/InnoFang/miscode/blob/b7b1ce2b1222ed852791bb00943380e7f5b008e9/Python/data-analysis/random-walker.py
# (unseeded in the original: random.seed(12) added)
import numpy as np
import matplotlib.pyplot as plt
import random 

random.seed(12)
position = 0
walk = [position]
steps = 1000
for i in range(steps):
    step = 1 if random.randint(0, 1) else -1
    position += step
    walk.append(position)

x = np.linspace(0, 1000, 1001)

plt.figure()
plt.ylim((-15, 15))
plt.xlim((0, 100))
plt.title('Random walk with +1/-1 steps')

plt.plot(x, walk)
plt.show()
