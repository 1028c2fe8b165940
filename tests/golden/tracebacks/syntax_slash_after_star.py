import numpy as np
print(1)
f = lambda *a, /: 0
