import numpy as np
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
