import numpy as np
for i in range(3):
print(i)
