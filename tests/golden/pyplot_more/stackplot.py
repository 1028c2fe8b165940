import numpy as np
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
x = np.arange(1, 6)
bands = plt.stackplot(x, x, 2 * x, labels=['a', 'b'])
print(bands, type(bands).__name__)
print(plt.xlim(), plt.ylim())
fig, ax = plt.subplots()
print(len(ax.stackplot(x, np.vstack([np.cumsum(x), x]))), ax.get_xlim(), ax.get_ylim())
fig, ax = plt.subplots()
ax.stackplot([0.5, 1.5, 2.5], [-1.0, 2.0, 0.5], np.float32([1, 1, 3]))
print(ax.get_xlim(), ax.get_ylim())
ax.plot([0, 4], [1, 2])
print(ax.get_xlim(), ax.get_ylim())
try:
    plt.stackplot([1, 2, 3], [1, 2, 3, 4])
except ValueError as e:
    print(e)
