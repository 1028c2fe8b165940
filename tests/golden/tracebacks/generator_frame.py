import numpy as np


def gen(xs):
    for x in xs:
        yield 10 // x


for v in gen([5, 0]):
    print(v)
