import numpy as np
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
x = np.arange(6)
total = np.cumsum([2, -1, 3, 4, -2, 1])
plt.fill_between(x, total)
print(plt.xlim(), plt.ylim())
fig, ax = plt.subplots()
ax.fill_between(x, total, 1.5, step='mid', alpha=0.3)
print(ax.get_xlim(), ax.get_ylim())
ax.plot(x, total + 10)
print(ax.get_xlim(), ax.get_ylim())
fig, ax = plt.subplots()
ax.fill_between([1, 2, 3], [1, np.nan, 3], [0, 5, 1])
print(ax.get_xlim(), ax.get_ylim())
fig, ax = plt.subplots()
ax.fill_between(x, total, where=total > 3)
try:
    print(ax.get_ylim())
except NotImplementedError as e:
    print('refused')
fig, ax = plt.subplots()
ax.fill_between(x, total, 1, where=x > 2)
print(ax.get_xlim(), ax.get_ylim())
