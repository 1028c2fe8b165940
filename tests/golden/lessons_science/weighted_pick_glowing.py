import numpy as np
# Source: The Glowing Python, "Weighted random choice" as stored in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (as written, but the pylab import and
# its hist()/show() plot are left out; np.random.seed(0) is added so the draws are repeatable, and
# the picks are printed and counted instead of plotted)
from numpy import cumsum, sum, searchsorted
from numpy.random import rand

def weighted_pick(weights, n_picks):
    """
    Weighted random selection
    Returns n_picks random indexes.
    The chance to pick the index i is given by the weight weights[i].
    """
    t = cumsum(weights)
    s = sum(weights)
    return searchsorted(t, rand(n_picks) * s)

# weights, don't have to sum up to one
w = [0.1, 0.2, 0.5, 0.5, 1.0, 1.1, 2.0]

np.random.seed(0)
# picking 10000 times
picked_list = weighted_pick(w, 10000)
print(picked_list[:20])
print(np.bincount(picked_list, minlength=len(w)))
print(np.bincount(picked_list, minlength=len(w)) / 10000.)
print(np.array(w) / sum(w))
