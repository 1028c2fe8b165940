import numpy as np
print(list(map(lambda x: x + 1, [1, 2, 3])))
