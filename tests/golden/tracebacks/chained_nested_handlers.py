import numpy as np

def check(a):
    if a.sum() > 10:
        raise ValueError("too big")
    return a.cumsum()

try:
    try:
        check(np.arange(10))
    except ValueError:
        {}["missing"]
except KeyError:
    print(np.cumsum([1, 2]) / 0)
    raise RuntimeError("gave up")
