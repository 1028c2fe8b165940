import numpy as np
import matplotlib.pyplot as plt
rng = np.random.default_rng(1)
walk = np.cumsum(rng.choice([-1, 1], size=400))
n, bins, patches = plt.hist(walk, bins='auto')
print(n, bins, patches)
n, bins, patches = plt.hist(walk, bins='sturges', density=True, range=(-10, 10))
print(n, bins)
print(plt.hist(walk, bins='fd', cumulative=True)[0])
try:
    plt.hist(walk, bins='nope')
except ValueError as e:
    print(e)
