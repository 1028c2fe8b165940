import numpy as np
print(1)
def f(a, /, b=1, c: int, d):
    pass
