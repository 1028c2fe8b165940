# Source: https://discuss.python.org/t/computing-the-antiderivative-of-an-array-of-numbers-with-an-array-as-output/28791
# (thread: integrating accelerometer samples into velocities; cumsum is the answer, and the
# asker expects ones to integrate to 1, 2, 3, 4; the scipy cumtrapz example follows).
# Adapted: scipy's cumtrapz(y, x, initial=0) written with NumPy's cumsum of trapezoids.
import numpy as np

print(np.cumsum(np.ones(4)))
x = np.linspace(-2, 2, num=20)
y = x
y_int = np.concatenate(([0.0], np.cumsum((y[1:] + y[:-1]) / 2 * np.diff(x))))
print(y_int)
print(y[0] + 0.5 * x**2)
print(np.allclose(y_int, 0.5 * x**2 - 0.5 * x[0]**2))
a_x = np.array([111.2, 323.2, 123.3, 99.38, 65.23, -0.19, -34.67])
dt = 0.01
v = np.cumsum(a_x) * dt
pos = np.cumsum(v) * dt
print(v)
print(pos)
print(np.trapezoid(a_x, dx=dt))
