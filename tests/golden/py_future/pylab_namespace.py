# pylab: pyplot's and NumPy's names in one namespace (and plt rebound by *).
import matplotlib.pylab as pl
import pylab
from pylab import *
print(pl.cumsum([1, 2, 3]), pylab.cumsum is cumsum, pl.cumsum is pylab.cumsum)
print(pl.max([1, 5]), max is pl.max, sum is pl.sum, sum([[1, 2], [3, 4]], axis=0))
seed(3)
print(rand(2), randint(0, 5, 3), pl.random(2))
print(pl.norm([3, 4]), norm([3.0, 4.0]), pl.inv([[2.0, 0.0], [0.0, 4.0]]))
print(pl.np.arange(3), pl.pi, plt is pl.plt, plt.plot is pl.plot)
plot(cumsum([1, 2, 3]))
try:
    pl.nosuch
except AttributeError as e:
    print(e)
