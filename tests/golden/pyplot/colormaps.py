import numpy as np
import matplotlib.pyplot as plt
import matplotlib.cm as cm
import matplotlib
print(plt.cm.viridis, type(plt.cm.viridis))
print(plt.cm.Blues, plt.cm.Blues.name, plt.cm.Blues.N, plt.cm.tab10.N, plt.cm.coolwarm_r.name)
print(plt.cm.viridis is plt.cm.viridis, cm.viridis is plt.cm.viridis, matplotlib.cm.plasma is plt.cm.plasma)
x = np.cumsum(np.ones(5))
print(plt.scatter(x, x, c=x, cmap=plt.cm.viridis))
print(plt.scatter(x, x, c=x, cmap='plasma'))
print(type(plt.cm).__name__)
try:
    plt.cm.nope
except AttributeError as e:
    print(e)
