# Source: https://github.com/Yodeman/Python_for_Research/blob/88fae2b4f81bac51f92a8c7869f0b1419677afb4/randomWalker.py
# (unseeded in the original: np.random.seed(2) added; plt.savefig("randomWalk4b.pdf") cut, it writes a file)
import numpy as np
import matplotlib.pyplot as plt

np.random.seed(2)
X_0 = np.array([[0], [0]])
delta_X = np.random.normal(0, 1, (2, 10000))
X = np.cumsum(delta_X, axis=1)
#X = np.concatenate((X_0, np.cumsum(delta_X, axis=1)), axis=1)
plt.plot(X[0], X[1], "ro-")
