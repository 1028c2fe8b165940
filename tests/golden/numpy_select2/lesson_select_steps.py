import numpy as np
# Build a step size from conditions, then walk it with cumsum.
t = np.arange(10)
steps = np.select([t < 3, t < 7], [1, 2], default=-1)
print(steps)
print(np.cumsum(steps))
# The same with float steps and a float default.
x = np.linspace(0, 1, 6)
step = np.select([x < 0.3, x > 0.7], [0.5, -0.25], default=0.1)
print(step, step.dtype)
print(step.cumsum())
# choose picks each step from one of several rates.
regime = np.array([0, 0, 1, 2, 1, 0])
rates = [np.full(6, 1.0), np.full(6, 10.0), np.arange(6) * 0.5]
print(np.choose(regime, rates).cumsum())
