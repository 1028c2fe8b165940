import numpy as np
print(list(x for x in 'ab'), tuple(i * 2 for i in range(3)))
