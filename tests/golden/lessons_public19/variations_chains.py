# Variations on the Markov-chain, Gini/Lorenz and histogram-equalization lessons: a vectorised
# next-state draw with cumsum(axis=1) and a comparison per row, np.linalg.matrix_power for the
# n-step distribution, Lorenz curves of sorted and unsorted data, and masked cumulative sums.
import numpy as np

P = np.array([[0.9, 0.075, 0.025], [0.15, 0.8, 0.05], [0.25, 0.25, 0.5]])
C = P.cumsum(axis=1)
print(C, C[:, -1] == 1.0)
rng = np.random.default_rng(19)
states = np.zeros(8, dtype=int)
for t in range(5):
    u = rng.random(states.size)
    states = (u[:, None] > C[states]).sum(axis=1)
    print(t, states, np.bincount(states, minlength=3))
print(np.linalg.matrix_power(P, 50)[0].round(6))
print(np.array([1.0, 0, 0]) @ np.linalg.matrix_power(P, 3))
draws = [int(np.searchsorted(C[0], u, side="right")) for u in (0.0, 0.9, 0.975, 0.9999)]
print(draws)

incomes = np.array([30, 10, 60, 20, 80])
for label, arr in (("unsorted", incomes), ("sorted", np.sort(incomes))):
    curve = np.insert(arr.cumsum() / arr.sum(), 0, 0)
    print(f"{label:>8}: {np.round(curve, 3)}")
shares = np.cumsum(np.sort(incomes)[::-1]) / incomes.sum()
print("top 2 hold", f"{shares[1]:.0%}")

hist = np.array([0, 0, 3, 0, 5, 0, 2])
cdf = np.ma.masked_equal(hist.cumsum(), 0)
print(cdf, cdf.min(), cdf.max(), cdf.count())
print(np.ma.cumsum(np.ma.masked_equal(hist, 0)))
print(np.ma.masked_equal(hist, 0).cumsum().filled(-1))
T = np.ma.filled((cdf - cdf.min()) * 255 / (cdf.max() - cdf.min()), 0).astype("uint8")
print(T, T[np.array([[2, 4], [6, 6]])])
