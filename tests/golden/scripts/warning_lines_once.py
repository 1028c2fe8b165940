import numpy as np
def f():
    return np.log(0.0)
f()
f()
for i in range(3):
    a = np.array([1.0]) / 0
    b = np.array([0.0]) / 0
if True:
    c = np.sqrt(-1.0)
