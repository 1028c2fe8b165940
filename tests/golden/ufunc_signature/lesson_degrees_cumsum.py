import numpy as np
turns = np.array([0.5, 0.25, -0.125, 1.0])
angles = np.multiply(turns, np.pi, dtype=np.float64)
heading = np.cumsum(angles)
print(repr(np.multiply(heading, 180.0) / np.pi))
print(repr(np.sin(heading, where=heading > 0, out=np.zeros(4))))
