import numpy as np
s = 0
for i in range(1, 11):
    s += i
print(s)
