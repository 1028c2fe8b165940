import numpy as np
x = 'outer'
y = [x for x in range(3)]
print(x, y)
