import numpy as np
print(1)
def f(**k, x): pass
