import numpy as np
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
x = np.arange(1, 6)
lines = plt.semilogy(x, np.cumsum(x), 'o-', label='total')
print(lines, plt.gca().get_yscale(), plt.gca().get_xscale())
print(lines[0].get_ydata(), lines[0].get_label())
print(plt.loglog(x, np.cumsum(x ** 2)), plt.gca().get_xscale())
fig, ax = plt.subplots()
print(ax.semilogx(x, x), ax.get_xscale(), ax.get_yscale())
try:
    plt.semilogy([1, 2], [1, 2, 3])
except ValueError as e:
    print(e)
print(plt.gca().get_yscale())
