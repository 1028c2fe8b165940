# plt.spy / Axes.spy of dense arrays: the AxesImage of |Z| > precision, view
# limits at the cells' edges, and matplotlib's errors for a bad origin, a
# forbidden interpolation keyword and a 1-D array.
import numpy as np
import matplotlib.pyplot as plt
D = np.diag(-np.ones(5)) + np.diag(np.ones(4), 1)
im = plt.spy(D)
print(im, plt.gca().get_xlim(), plt.gca().get_ylim())
fig, ax = plt.subplots()
print(ax.spy(np.eye(3), origin='lower'), ax.get_xlim(), ax.get_ylim())
print(plt.spy(np.array([[1, 0, 2]]), precision=1.5))
for bad in [dict(origin='left'), dict(interpolation='nearest')]:
    try:
        plt.spy(D, **bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    plt.spy(np.arange(3))
except Exception as e:
    print(type(e).__name__, e)
