# Modeled on: https://github.com/stineje/ecen4293F25 (Python/random/mc_poisson.py)
# (written for npcalc after the course script, not copied: Poisson arrival times as running sums of
# exponential gaps, by a while loop and by np.cumsum; the plot is not saved)
import numpy as np
import matplotlib.pyplot as plt

np.random.seed(11)
lam, tmax = 2, 5
arrivals, t = [], 0
while t < tmax:
    t += np.random.exponential(1 / lam)
    arrivals.append(t)
print(len(arrivals))
print(np.round(arrivals, 3))

np.random.seed(11)
gaps = np.random.exponential(1 / lam, size=len(arrivals))
times = np.cumsum(gaps)
print(np.allclose(times, arrivals))
print(np.searchsorted(times, [1, 2, 3, 4, 5]))
plt.vlines(arrivals, 0, 1)
plt.title("Simulated Poisson Process (lambda=2)")
plt.xlabel("Time")
plt.ylabel("Events")
