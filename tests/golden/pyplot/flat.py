import numpy as np
import matplotlib.pyplot as plt

fig, axs = plt.subplots(2, 2)
for k, ax in enumerate(axs.flat):
    ax.plot(np.cumsum(np.arange(k + 3)))
    print(ax)
print(axs.flat[0] is axs[0, 0], list(axs.flat)[3] is axs[1, 1])
print(len(axs.flat), type(axs.flat))
a = np.arange(6).reshape(2, 3)
print(a.flat, a.flat.base is a)
print(list(a.flat))
print(a.flat[3], a.flat[-1], a.flat[::2], a.flat[[1, 4]], a.flat[...])
print(a.T.flat[1], list(a.T.flat))
a.flat[1] = 10
a.flat[[0, 2]] = -1
a.flat[4] = 2.7
print(a)
a.flat[::2] = [100, 200]
print(a)
a.flat = 7
print(a)
a.flat[:] = []
print(a)
f = np.cumsum(np.arange(1, 7)).reshape(3, 2).flat
print(f.index, f.coords, iter(f) is f)
for x in f:
    if x > 5:
        break
print(repr(x), f.index, f.coords, next(f), f.index)
print(list(f), f.index, f.coords, next(f, "done"))
print(np.asarray(a.flat), a.flat.copy(), sum(a.flat), a.flat == 7)
for x in np.array([1.5, 2.5]).flat:
    print(repr(x))
s = np.array(['ab', 'c'])
s.flat[1] = 'zzz'
print(s, repr(s.flat[0]), repr(s.flat[:]), list(s.flat))
o = np.empty(3, dtype=object)
o.flat = [1, 'a', None]
print(o, o.flat[1])
