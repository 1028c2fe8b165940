import numpy as np
def f(a, b=0):
    return a
print(f(1, a=2))
