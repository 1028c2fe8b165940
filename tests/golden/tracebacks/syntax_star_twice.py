import numpy as np
print(1)
def f(*a, *b): pass
