# Source: numpy-discussion "Weighted random integers" (Charles R Harris, Sep 10 2010) as stored in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (the inverse-CDF answer as written;
# a seed and prints added, the %timeit lines left out)
import numpy as np

np.random.seed(0)
rvs = np.dot(np.random.multinomial(1, [0.1, 0.2, 0.5, 0.2], size=1000000), np.arange(4))
print(np.bincount(rvs)/1000000.)

w = np.arange(1, 5)
p = np.cumsum(w) / float(w.sum())
print(p)
print(np.bincount(p.searchsorted(np.random.random(1000000))) / 1e6)
