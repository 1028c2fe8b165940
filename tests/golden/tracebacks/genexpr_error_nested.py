import numpy as np

def scale(v):
    return 10 / v

total = 0
for s in (scale(v) for v in [5, 0]):
    total += s
