# fig.subplots adds its grid to the figure it is called on; ax.twinx adds
# an Axes over the same cell, made current, at the same position.
import matplotlib.pyplot as plt
fig = plt.figure(figsize=(7, 4))
ax1 = fig.subplots()
print(type(ax1).__name__, len(fig.axes), plt.gca() is ax1, plt.gcf() is fig)
ax1.plot([0, 1, 2], [3, 1, 2])
print(ax1.get_xlim(), ax1.get_ylim())
ax2 = ax1.twinx()
print(len(fig.axes), plt.gca() is ax2, ax2 is not ax1)
plt.plot([5, 6], label='2nd')
plt.ylabel('value 2nd')
print(ax2.get_ylabel(), repr(ax1.get_ylabel()), len(ax1.lines), len(ax2.lines))
ax2.set_ylim(0, 10)
print(ax2.get_ylim())
axs = fig.subplots(2, 2)
print(axs.shape, len(fig.axes), plt.gca() is axs[1, 1])
col = plt.figure().subplots(3, 1, squeeze=True)
print(col.shape)
print(plt.figure().subplots(1, 1, squeeze=False).shape)
try:
    plt.figure().subplots(0)
except ValueError as e:
    print(e)
try:
    plt.figure().subplots(figsize=(2, 2))
except TypeError as e:
    print(e)
