# Source: "Inverse Transform Sampling" notebook as stored in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (its cell as written, with
# np.random.seed(42) added and N cut from 10000 to 2000 so the Python loop stays quick; the
# matplotlib lines cut since another helper is adding matplotlib, and the two plotted arrays printed)
import numpy as np
import numpy.random as ra

np.random.seed(42)

# Below is a spectrum which follows an almost bell-curve type distribution (anyway, the specific type of distribution is not important here).
spectrum = [[1, 2, 3, 4, 5, 6], [2000, 4040, 6500, 6000, 4020, 2070]]
energies = np.array(spectrum[0])
fluxes = np.array(spectrum[1])

# Compute probabilities of flux. Afterwards, compute the cumulative probability.
prob = fluxes / float(sum(fluxes))
cum_prob = np.cumsum(prob)

# Draw ten thousand numbers from a uniform random distribution.
N = 2000
R = ra.uniform(0, 1, N)

# Assign energies to events corresponding to the random number drawn.
gen_energies = [int(energies[np.argwhere(cum_prob == min(cum_prob[(cum_prob - r) > 0]))]) for r in R]

# Histogram energies to get shape approximation.
gen_energies = ((np.array(gen_energies) - 1) / 1).astype(int)
times = np.arange(1, 6, 1)
lc = np.bincount(gen_energies, minlength=len(times))

print(lc / float(sum(lc)))
print(prob)
print(cum_prob)
