# Source: https://www.pythonsos.com/data-science/arc-length-of-curve-from-data-points-in-python/
# (arc length of a sampled curve as a loop over segments). Adapted: the scipy `simps` option
# dropped; sample data defined; compared with the vectorised np.hypot(np.diff) + cumsum form.
import numpy as np

def arc_length_numerical_integration(x, y):
    n = len(x)
    length = 0.0
    
    for i in range(1, n):
        dx = x[i] - x[i-1]
        dy = y[i] - y[i-1]
        length += np.sqrt(dx**2 + dy**2)
    
    return length

x = np.linspace(0, np.pi, 9)
y = np.sin(x)
print(arc_length_numerical_integration(x, y))
seg = np.hypot(np.diff(x), np.diff(y))
s = np.concatenate(([0], np.cumsum(seg)))
print(seg)
print(s)
print(s[-1], np.isclose(s[-1], arc_length_numerical_integration(x, y)))
print(type(arc_length_numerical_integration(x, y)))
