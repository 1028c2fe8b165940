import matplotlib
import matplotlib.pyplot
print(hasattr(matplotlib, "pyplot"), hasattr(matplotlib, "pylab"))
import pylab
print(hasattr(matplotlib, "pylab"))
print(matplotlib.pylab.cumsum([1, 2, 3]))
print(matplotlib.pyplot.gca().get_title() == "")
