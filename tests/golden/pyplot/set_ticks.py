# ax.set_xticks/set_yticks and set_xticklabels/set_yticklabels: fixed ticks and their labels.
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots()
vals = np.array([40, 25, 20, 10, 5])
ax.bar(np.arange(5), vals)
t = ax.set_xticks(np.arange(5))
print(len(t), ax.get_xticks())
print(ax.set_xticklabels(['a', 'b', 'c', 'd', 'e'], rotation=45))
ax2 = ax.twinx()
ax2.plot(np.arange(5), np.cumsum(vals), 'r-o')
ax2.set_yticks([0, 25, 50, 75, 100])
print(ax2.get_yticks())
print(ax2.set_yticklabels([f'{v}%' for v in range(0, 101, 25)]))
ax.set_yticks([0, 20, 40], labels=['none', 'some', 'many'])
print(ax.get_yticks())
try:
    ax.set_xticklabels(['x', 'y'])
except ValueError as e:
    print(e)
fig, ax = plt.subplots()
ax.bar(['p', 'q'], [1, 2])
print(ax.set_xticklabels(['P', 'Q']))
plt.yticks([0, 1, 2], ['0', '1', '2'])
print(plt.gca().get_yticks())
fig, axs = plt.subplots(1, 2)
print(plt.sca(axs[0]), plt.gca() is axs[0], plt.gcf() is fig)
plt.plot([0, 10])
print(axs[0].get_yticks())
print(axs[0].set_yticklabels([f'{v:.0f}' for v in axs[0].get_yticks()]))
