# A coin-flip random walk with labelled outcomes, as lessons write it.
import numpy as np

rng = np.random.default_rng(2024)
flips = rng.choice(["H", "T"], size=20)
print(flips)
steps = np.where(flips == "H", 1, -1)
walk = steps.cumsum()
print(walk)
values, counts = np.unique(flips, return_counts=True)
for v, c in zip(values, counts):
    print(f"{v}: {c} ({c / len(flips):.0%})")
print("longest lead:", walk.max(), "at flip", walk.argmax() + 1)
labels = np.where(walk > 0, "ahead", np.where(walk < 0, "behind", "even"))
print(labels[:8])
print(repr(labels[-3:]))
np.random.seed(7)
legacy = np.random.choice(["up", "down"], size=6, p=[0.6, 0.4])
print(legacy, (legacy == "up").cumsum())
weather = np.array([["sun", "rain"], ["rain", "snow"]])
print(weather, weather.shape)
print(weather == "rain")
print(np.unique(weather, return_index=True, return_inverse=True))
