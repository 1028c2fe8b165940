import numpy as np


def h(a):
    return a + [1, 2]


def g(a):
    total = h(a) * 2
    return total


def f(a):
    return g(a)


print(f(np.arange(3)))
