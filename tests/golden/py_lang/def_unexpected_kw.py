import numpy as np
def f(a):
    return a
print(f(1, b=2))
