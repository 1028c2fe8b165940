import numpy as np
print([x * x for x in range(6) if x % 2 == 0])
