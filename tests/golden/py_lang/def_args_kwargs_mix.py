import numpy as np
def f(a, *args, b=5, **kw):
    return a, args, b, sorted(kw)
print(f(1, 2, 3, b=4, z=9, y=8))
