# Source: https://ipython-books.github.io/133-simulating-a-brownian-motion/
# (Cyrille Rossant, "IPython Interactive Computing and Visualization Cookbook", 2nd ed., recipe 13.3
# "Simulating a Brownian motion": the cells that build the walk; np.random.seed(0) added; the
# matplotlib figure (a line coloured by time) replaced by prints of the path it draws)
import numpy as np

np.random.seed(0)
n = 5000

x = np.cumsum(np.random.randn(n))
y = np.cumsum(np.random.randn(n))

# We add 10 intermediary points between two
# successive points. We interpolate x and y.
k = 10
x2 = np.interp(np.arange(n * k), np.arange(n) * k, x)
y2 = np.interp(np.arange(n * k), np.arange(n) * k, y)

print(x[:5])
print(y[:5])
print(x2[:12])
print(x2.shape, y2.shape)
print("end point:", x[-1], y[-1])
print("farthest from the origin:", np.hypot(x, y).max())
