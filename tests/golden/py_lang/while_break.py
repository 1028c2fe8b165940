import numpy as np
n = 0
while True:
    n += 1
    if n > 4:
        break
print(n)
