# Modeled on: https://github.com/pne35/Projects/blob/main/quantitative-methods/poisson-process/poisson-sim.py
# (a Poisson process sample path: arrival times as np.cumsum of exponential waiting times, kept up
# to T, with the counting process N(t).) Cut: the plt.step plot; its data are printed instead.
# Added: np.random.seed and a few summary lines.
import numpy as np

np.random.seed(35)


def simulate_poisson_process(lam, T):
    waiting_times = np.random.exponential(scale=1/lam, size=10000)

    arrival_times = np.cumsum(waiting_times)

    arrival_times = arrival_times[arrival_times <= T]

    N_t = np.arange(1, len(arrival_times) + 1)

    print(f"Poisson Process Sample Path (λ = {lam})")
    print(np.round(arrival_times[:8], 4))
    print(N_t[:8], "...", N_t[-1])

    return arrival_times


lam = 5
T = 5
waiting_times = simulate_poisson_process(lam, T)
print(len(waiting_times), "events by T =", T, "expected", lam * T)
gaps = np.diff(waiting_times, prepend=0.0)
print(f"mean gap {gaps.mean():.4f} vs 1/lam = {1/lam}")
print(np.allclose(np.cumsum(gaps), waiting_times))
