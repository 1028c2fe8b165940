import numpy as np


def totals(a):
    return a.cumsum(axis=3)


t = totals(np.ones((2, 2)))
