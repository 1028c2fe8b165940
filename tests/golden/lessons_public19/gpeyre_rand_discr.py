# Modeled on: https://github.com/gpeyre/numerical-tours/blob/master/python/nt_toolbox/rand_discr.py
# (Numerical Tours' discrete random generator: cumulative probabilities by np.append(0, np.cumsum(p))
# and one mask per bin.) Added: a seed, calls on a few distributions, and the counts per bin. The
# toolbox indexes with a list holding the mask, `sample[[mask]]`, which NumPy 2 reads as a 2-D
# boolean index; that line is shown with the IndexError it raises, then with the mask itself.
import numpy as np
from numpy import random


def rand_discr(p, m=1):
    """
        rand_discr - discrete random generator
    """
    # makes sure it sums to 1
    p = p/np.sum(p)

    n = len(p)
    coin = random.rand(m)
    cumprob = np.append(0, + np.cumsum(p))
    sample = np.zeros(m)

    for j in range(n):
        ind = (coin > cumprob[j]) & (coin <= cumprob[j+1])
        sample[ind] = j

    return sample


random.seed(17)
p = np.array([1, 2, 3, 4])
y = rand_discr(p, 20)
print(y)
print(np.bincount(y.astype(int), minlength=len(p)))
print(np.append(0, + np.cumsum(p / np.sum(p))))

y = rand_discr(np.array([0.5, 0.25, 0.25]), 1000)
for j, c in enumerate(np.bincount(y.astype(int))):
    print(f"bin {j}: {c:4d} draws ({c / y.size:.1%})")

coin = random.rand(5)
sample = np.zeros(5)
try:
    sample[[coin > 0.5]] = 1
except IndexError as e:
    print("IndexError:", e)
sample[coin > 0.5] = 1
print(sample)
