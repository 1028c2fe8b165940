import numpy as np


def check(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x


for v in [1, -2]:
    check(v)
