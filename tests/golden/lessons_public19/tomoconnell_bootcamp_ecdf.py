# Modeled on: https://github.com/tom-f-oconnell/bootcamp/blob/master/created/2/bootcamp_utils.py
# (a bootcamp's ecdf helper: sorted data against np.linspace(0, 1, len(x))). Added: seeded data,
# the usual arange(1, n+1)/n ECDF and one from np.cumsum of np.unique counts for comparison, and
# quantiles read off the ECDF with np.searchsorted.
import numpy as np


def ecdf(x):
    """ Computes empirical cumulative probability distribution for data x. """

    x_sorted = np.sort(x)
    # give each element equal incremental probability
    y = np.linspace(0, 1, len(x))
    return (x_sorted, y)


rng = np.random.default_rng(8)
data = rng.integers(1, 7, size=12)
x, y = ecdf(data)
print(x)
print(y)

y2 = np.arange(1, len(x) + 1) / len(x)
print(y2)

vals, counts = np.unique(data, return_counts=True)
cum = np.cumsum(counts) / data.size
print(dict(zip(vals.tolist(), cum.round(3).tolist())))

for q in (0.25, 0.5, 0.75):
    print(f"q={q:.2f}: {x[np.searchsorted(y2, q)]}")
