# Variations on the gambler's-ruin and random-walk lessons: the Generator API, walks that stop at
# a barrier, first-passage times with argmax, and the list methods the lessons lean on.
import random

import numpy as np

rng = np.random.default_rng(2024)
steps = rng.choice([-1, 1], size=(5, 30), p=[0.55, 0.45])
walks = 10 + np.cumsum(steps, axis=1)
print(walks[:, :10])
hit = (walks <= 0) | (walks >= 15)
print(hit.any(axis=1), np.where(hit.any(axis=1), hit.argmax(axis=1), -1))
for i, w in enumerate(walks):
    if 0 in w:
        print(i, "ruined at step", list(w).index(0))
    else:
        print(i, f"ends at {w[-1]} (min {w.min()}, mean {w.mean():.2f})")

w = walks[0].copy()
w[w.argmin():] = w.min()
print(w)

try:
    rng.choice([-1, 1], size=3, p=[0.5, 0.6])
except ValueError as e:
    print("ValueError:", e)
try:
    np.random.choice([-1, 1], size=3, p=[0.5])
except ValueError as e:
    print("ValueError:", e)
try:
    list(walks[0]).index(99)
except ValueError as e:
    print("ValueError:", e)

random.seed(5)
path = [0]
for _ in range(12):
    path.append(path[-1] + random.choice([-1, 1]))
print(path, max(path), path.index(max(path)))
cum = list(np.cumsum(random.choices([-1, 1], k=8)))
print(cum, type(cum[0]).__name__)
print(random.choices(["sun", "rain"], cum_weights=[0.7, 1.0], k=6))
