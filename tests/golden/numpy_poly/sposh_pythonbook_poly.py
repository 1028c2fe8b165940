# Source: https://github.com/sposh-science/pycode-browser/blob/212636f97eb199a3fb0ba854f9233d61ffe5a3c3/Code/PythonBook/chap6/poly.py
#Example poly.py

from pylab import *
a = poly1d([3,4,5])
b = poly1d([6,7])
c = a * b + 5
d = c/a

print( a)
print( a(0.5))
print( b)
print( a * b)
print( a.deriv())
print( a.integ())
print( d[0], d[1])
