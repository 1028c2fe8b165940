import numpy as np


def running(xs, k):
    return np.cumsum(xs)[k]


def report(xs):
    print("last", running(xs, 10))


report([1, 2, 3])
