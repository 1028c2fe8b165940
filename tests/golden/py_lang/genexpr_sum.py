import numpy as np
print(sum(x * x for x in range(5)))
