# Walking a.flat item by item (iteration, indexing, assignment) reads and
# writes one item each step: it was quadratic (a copy of the array per item).
import numpy as np
a = np.arange(62500.0).reshape(250, 250).T
s = 0.0
for x in a.flat:
    s += x
print(s)
print(sum(a.flat[i] for i in range(0, 62500, 7)))
b = np.zeros((250, 250)).T
for i in range(62500):
    b.flat[i] = i
print(b.sum(), b[1, 0], b[0, 1])
