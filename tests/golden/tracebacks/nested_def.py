import numpy as np


def outer(a):
    def inner(b):
        return b[len(b)]
    return inner(a) * 2


outer(np.arange(4))
