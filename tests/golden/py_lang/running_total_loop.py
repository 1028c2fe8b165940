import numpy as np
xs = [3, 1, 4, 1, 5]
total = 0
run = []
for x in xs:
    total += x
    run.append(total)
print(run)
print(np.cumsum(xs).tolist() == run)
