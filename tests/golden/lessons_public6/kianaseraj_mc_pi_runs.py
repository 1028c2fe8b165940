# Source: https://github.com/kianaseraj/python-libraries/blob/1997cc0f310c73f8adde70eec24ea352bb7bb23c/numpy-p1.py
# (unseeded in the original: np.random.seed(0) added after the imports)

import numpy as np
import matplotlib.pyplot as plt
import numpy as np
np.random.seed(0)
N_run = 100
N = 100_000
pos = np.random.uniform(-1, 1, size=(N_run, N, 2))
dist = np.sum(pos**2, axis=2)
num_inside = np.sum(dist <= 1, axis=1)
pi_estimate = 4 * num_inside / N
print(pi_estimate)
plt.hist(pi_estimate)
plt.show()
