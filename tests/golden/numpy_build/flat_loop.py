import numpy as np
a = np.eye(2, dtype=int).cumsum(axis=1)
total = 0
for x in a.flat:
    total += x
    print(x, total)
print([v * 2 for v in np.tri(2).flat])
