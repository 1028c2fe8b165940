# Modeled on: https://github.com/stineje/ecen4293F25/blob/main/Python/random/mc_compare.py
# (ECEN 4293: Monte Carlo estimate of P(N>=4) for Poisson counts, beside the theoretical pmf.)
# Cut: scipy.stats.poisson.pmf (the pmf is computed with math.exp/math.factorial instead) and the
# matplotlib histogram saved to a file; the histogram's counts are printed with np.bincount.
# Added: np.random.seed, and the empirical CDF of the counts by np.cumsum next to the theory.
import math

import numpy as np

np.random.seed(4293)

# --- Parameters ---
λ, t = 3, 1        # rate λ=3 events/sec, over interval of 1 sec
N = 100_000        # number of Monte Carlo trials

# --- Monte Carlo Simulation ---
counts = np.random.poisson(λ*t, N)
p_est = np.mean(counts >= 4)

print(f"Monte Carlo Estimate: P(N≥4) ≈ {p_est:.4f}")

# --- Theoretical Distribution ---
k = np.arange(0, np.max(counts)+1)
pmf = np.array([math.exp(-λ*t) * (λ*t)**int(j) / math.factorial(int(j)) for j in k])
print(f"Theory:               P(N≥4) = {1 - pmf[:4].sum():.4f}")

hist = np.bincount(counts) / N
ecdf = np.cumsum(hist)
cdf = np.cumsum(pmf)
for j in k[:9]:
    print(f"k={j:2d}  sim {hist[j]:.4f}  pmf {pmf[j]:.4f}  ecdf {ecdf[j]:.4f}  cdf {cdf[j]:.4f}")
print(f"largest |ecdf - cdf| = {np.max(np.abs(ecdf - cdf)):.5f}")
