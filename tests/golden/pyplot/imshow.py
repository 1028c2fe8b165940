import numpy as np
import matplotlib.pyplot as plt
walks = np.cumsum(np.ones((3, 4)), axis=1)
im = plt.imshow(walks, cmap=plt.cm.viridis, aspect='auto')
print(im, repr(im) == repr(im), type(im))
print(plt.imshow(np.zeros((2, 2, 4)), cmap='gray', origin='lower', interpolation='nearest'))
fig, ax = plt.subplots()
print(ax.imshow([[1, 2], [3, 4]], vmin=0, vmax=5, extent=(0, 1, 0, 1)))
for bad in [lambda: plt.imshow(np.zeros(3)), lambda: plt.imshow(np.zeros((2, 2, 5))), lambda: plt.imshow(np.zeros((1, 2, 3, 4)))]:
    try:
        bad()
    except TypeError as e:
        print(e)
