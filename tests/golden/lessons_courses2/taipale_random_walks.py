# Source: https://www.kaisataipale.net/blog/2015/12/ ("Random walks in Python", Kaisa Taipale's
# notes for her math-for-finance course: RandomWalk via np.cumsum of translated binomial draws,
# 180 walks keeping their endpoints, and an asymmetric walk); np.random.seed(1) added; the plots
# and the histogram replaced by prints of what they show
from math import sqrt
import numpy as np

np.random.seed(1)

def RandomWalk(N,d):
    walk = np.cumsum(2*np.random.binomial(1,.5,N)-1)
    return walk

print(RandomWalk(20,1))

endpoints = []
for k in range(180):
    particularWalk = RandomWalk(100,1)
    endpoints.append(particularWalk[-1])
print(len(endpoints), min(endpoints), max(endpoints))
print("mean", np.mean(endpoints), "std", np.std(endpoints), "sqrt(100) =", sqrt(100))
counts, edges = np.histogram(endpoints, bins=10)
print(counts)
print(edges)

def AsymmRandomWalk(N, p):
    return np.cumsum(2*np.random.binomial(1, p, N)-1)

walk = AsymmRandomWalk(100, .6)
print(walk[-10:])
expected = np.arange(1, 101) * (0.6 - 0.4)
print(expected[-10:])
