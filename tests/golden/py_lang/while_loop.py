import numpy as np
n = 0
while n < 5:
    n += 2
print(n)
