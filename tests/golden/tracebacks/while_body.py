import numpy as np
i = 0
total = np.zeros(3)
while i < 5:
    total = total + np.ones(i)
    i += 1
