import numpy as np
import matplotlib.pyplot as plt
print(plt.axis([0, 10, -1, 5]))
print(plt.axis('off'), plt.axis('on'), plt.axis((1, 2, 3, 4.5)), plt.axis(False), plt.axis())
print(plt.axis(xmin=-2, ymax=8))
print(plt.xlim(), plt.ylim())
for bad in [lambda: plt.axis('foo'), lambda: plt.axis([1, 2, 3]), lambda: plt.axis(5), lambda: plt.axis(zmin=3),
            lambda: plt.vlines(3, [0, 1], [2, 3]), lambda: plt.hlines([1, 2, 3], [0, 1], 4), lambda: plt.hlines([1, 2], 0, [])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
lc = plt.hlines([1, 2], 0, 5)
print(lc, type(lc))
print(plt.vlines(3, 0, 2, colors='r', label='x'))
print(plt.hlines(np.cumsum([1, 2, 4]), [0, 1, 2], 5, linestyles='dashed'))
fig, ax = plt.subplots()
walk = np.cumsum(np.ones(10))
ax.plot(walk)
print(ax.hlines(0, 0, 9, colors='k'), ax.vlines([2, 4], 0, walk[[2, 4]]))
print(ax.axis([0, 9, 0, 10]), ax.axis('off'))
print(plt.legend())
