# Lesson: the trapezoid rule against a left Riemann sum built with cumsum.
import numpy as np
for n in [5, 11, 101, 1001]:
    x = np.linspace(0.0, 2.0, n)
    y = x ** 3
    trap = np.trapezoid(y, x)
    dx = np.diff(x)
    riemann = np.cumsum(y[:-1] * dx)
    print(n, repr(float(trap)), repr(float(riemann[-1])), "errors:", abs(trap - 4.0), abs(riemann[-1] - 4.0))
y = np.array([0.0, 1.0, 4.0, 9.0, 16.0])
print(np.trapezoid(y), np.trapezoid(y, dx=0.5), np.cumsum(y)[-1] - y[-1])
print("running integral:", np.cumsum((y[1:] + y[:-1]) / 2))
