import numpy as np
n = 0
while n < 10:
    n += 3
    if n == 6:
        break
else:
    print("no")
print(n)
