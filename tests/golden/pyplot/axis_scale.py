# plt.xscale / ax.set_yscale: the scale's name kept and read back, matplotlib's
# error with close matches (or the list) for an unknown one, shared by cmap= and
# spy's origin=; a linear axis's limits are unaffected by the other's scale.
import numpy as np
import matplotlib.pyplot as plt
print(plt.xscale('log'), plt.gca().get_xscale(), plt.gca().get_yscale())
for v in ['LOG', 'lin', 'logg', 'sym', 1, None]:
    try:
        plt.xscale(v)
    except ValueError as e:
        print(e)
fig, ax = plt.subplots()
ax.plot([1, 10, 100], [3, 1, 2])
print(ax.set_yscale('symlog'), ax.get_yscale(), ax.get_xscale(), ax.get_xlim(), ax.get_xscale())
ax.set_yscale('linear')
print(ax.get_yscale())
try:
    plt.imshow(np.eye(2), cmap='virdis')
except ValueError as e:
    print(e)
try:
    plt.spy(np.eye(2), origin='centre')
except ValueError as e:
    print(e)
