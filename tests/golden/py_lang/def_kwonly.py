import numpy as np
def f(a, *, scale=1):
    return a * scale
print(f(3), f(3, scale=4))
