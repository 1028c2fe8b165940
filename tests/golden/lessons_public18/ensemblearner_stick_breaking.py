# Modeled on: https://github.com/ensemblearner/pgm_tutorial (code/stick_breaking.py)
# (written after the tutorial's StickBreaking class: Beta(1, alpha) breaks, the remaining stick
# as a cumulative product of (1 - beta) with a 1 in front, weights normalised to sum to one, then
# np.random.choice over normal atoms with p=weights and a collections.Counter of the draws. The
# plt.bar plots are cut, k is 12 instead of 10000 so the arrays print, np.random.seed is added,
# and xrange is range. The tutorial's np.cumproduct was removed in NumPy 2.0, so the first call
# shows that error and the rest use np.cumprod.)
import collections

import numpy as np


class StickBreaking(object):
    def __init__(self, alpha, k):
        self.alpha = alpha
        self.k = k

    @property
    def pis(self):
        betas = np.random.beta(1, self.alpha, self.k)
        cum_prods = np.append(1, np.cumprod(1 - betas[:-1]))
        prods = betas * cum_prods
        return prods / prods.sum()

    @property
    def H(self):
        thetas = np.random.normal(0, 1, self.k)
        return thetas

    def dp(self):
        xs = np.random.choice(self.H, size=self.k, p=self.pis)
        counter = collections.Counter(xs).values()
        return sorted(set(xs)), list(counter)


np.random.seed(3)
try:
    np.cumproduct(1 - np.random.beta(1, 2.0, 4))
except AttributeError as e:
    print("AttributeError:", e)

alpha = 2.0
k = 12
sb = StickBreaking(alpha, k)
atoms, counts = sb.dp()
print(len(atoms), sum(counts))
print(np.round(atoms, 3))
pis = sb.pis
print(pis)
print(pis.sum(), pis.argmax())
print(np.cumsum(pis)[-1])

for alpha in [0.5, 3, 30]:
    sb = StickBreaking(alpha, 8)
    p = sb.pis
    print(alpha, np.round(p, 4), round(float(p.max()), 4))
