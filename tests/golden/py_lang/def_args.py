import numpy as np
def f(*args):
    return len(args), sum(args)
print(f(), f(1, 2, 3))
print(f(*[4, 5]))
