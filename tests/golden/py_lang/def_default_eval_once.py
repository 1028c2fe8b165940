import numpy as np
def f(x, acc=[]):
    acc.append(x)
    return acc
print(f(1))
print(f(2))
