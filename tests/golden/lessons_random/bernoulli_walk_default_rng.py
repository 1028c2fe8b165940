# Source: https://github.com/ibraheemmmoosa/random-process/blob/master/bernoulli-random-walk-with-addition.py
# (as written; default_rng() given the seed 2024 so the walks are reproducible, the plotting
# replaced by prints of the walks' ends)
import numpy as np
from numpy.random import default_rng

rng = default_rng(2024)
# p is probability of rise
m = 100
p = 0.5
r = np.array([1.0, -1.0])
n = 100000

def func(p, r, n):
    P = rng.choice(r, size=n, p=[p, 1 - p], replace=True)
    pos = np.cumsum(P)
    return pos

poses = [func(p, r, n) for i in range(m)]
pos = sum(poses) / m

print(poses[0][:10], poses[0][-1], poses[-1][-1])
print(pos[:10])
print(pos[-3:])
