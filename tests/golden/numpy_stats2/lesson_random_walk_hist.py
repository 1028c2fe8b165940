# Lesson: where does a random walk spend its time?  Histogram of positions.
import numpy as np
rng = np.random.default_rng(2024)
steps = rng.integers(0, 2, size=1000) * 2 - 1
walk = np.cumsum(steps)
print("end:", walk[-1], "min:", walk.min(), "max:", walk.max())
hist, edges = np.histogram(walk, bins=8)
print("counts:", hist)
print("edges:", edges)
print("total:", hist.sum(), "busiest bin starts at", edges[np.argmax(hist)])
h2, e2 = np.histogram(walk, bins=[-40, -20, 0, 20, 40])
print("coarse:", h2, e2)
h3, e3 = np.histogram(walk, bins=5, range=(-10, 10))
print("near the start:", h3, e3)
print("time at the origin:", np.sum(walk == 0))
