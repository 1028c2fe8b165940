import numpy as np
import matplotlib.pyplot as plt
l = plt.axhline(2)
print(repr(l.get_data()), repr(l.get_color()), l.get_linewidth(), l.get_linestyle())
m = plt.axvline(1, 0.2, 0.5, color="r", lw=2, ls="--")
print(repr(m.get_data()), repr(m.get_color()), m.get_linewidth(), m.get_linestyle())
n = plt.axhline(y=0.5, xmin=0.1)
print(n.get_data())
k, = plt.plot([1])
print(k.get_color())
