import numpy as np
import matplotlib.pyplot as plt
print(plt.subplots_adjust(hspace=0.5))
print(plt.gca())
for bad in [lambda: plt.subplots_adjust(left=0.9, right=0.1), lambda: plt.subplots_adjust(bottom=0.9), lambda: plt.subplots_adjust(left=0.95)]:
    try:
        bad()
    except ValueError as e:
        print(e)
fig, axs = plt.subplots(2, 2)
plt.subplots_adjust(wspace=0.4, hspace=0.6, left=0.1)
print(axs[0, 0], axs[1, 1])
fig.subplots_adjust(top=0.8)
print(axs[0, 0], axs[1, 1])
fig = plt.figure()
ax1 = plt.subplot(211)
fig.subplots_adjust(hspace=0.05, bottom=0.2)
ax2 = plt.subplot(2, 1, 2)
print(ax1, ax2, plt.subplot(211) is ax1)
