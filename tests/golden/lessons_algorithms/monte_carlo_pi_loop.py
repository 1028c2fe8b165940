# Source: https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 ("Monte Carlo, π, and 8 lines
# of Python", jee: monte_pi as written; a seed and calls added) and the same collection's
# "Computing π using Sampling" (the cells with the plots left out, the bare expressions printed)
from numpy import random

def monte_pi(n):
    points_in_circle = 0
    points_in_square = random.uniform(0.0, 1.0, (n, 2))
    for x, y in points_in_square:
        if (x**2 + y**2 < 1):
            points_in_circle += 1
    circle_area = points_in_circle / len(points_in_square)
    return circle_area * 4

random.seed(8)
print(monte_pi(10))
print(monte_pi(20000))

import numpy as np

nsamples = 3000
samples = np.random.rand(2, nsamples)
p = np.zeros(nsamples)

r = samples[0]**2 + samples[1]**2
p[r<=1] = 1
print(samples[0, p==1][:3], samples[1, p==0][:3])
alpha = np.sum(p) / nsamples
print(alpha)
my_pi = 4 * alpha
print(my_pi)
running = 4 * np.cumsum(p) / np.arange(1, nsamples + 1)
print(running[[9, 99, 999, 2999]])
