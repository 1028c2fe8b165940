import numpy as np
# Source: ActiveState recipe "Weighted choice (short and easy numpy version)" (James Coughlan, 2006)
# as stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (as written: the recipe
# never imports searchsorted, so the call fails with NameError inside toss())
from numpy import cumsum, array
from numpy.random import random

def toss(c, sh):
    """
    Return random samples of cumulative vector (1-D numpy array) c.
    The samples are placed in an array of shape sh.
    Each element of the array returned is an integer from 0 through n-1,
    where n is the length of c.
    """
    y = random(sh)  # Return array of uniform numbers (from 0 to 1) of shape sh
    x = searchsorted(c, y)
    return x

# Sample usage:
p = array((0.1, 0.2, 0.6, 0.1))  # Vector of probabilities, normalized to 1
c = cumsum(p)  # Cumulative probability vector
print(c)

print(toss(c, (10,)))  # Want 10 samples in 1-D array
