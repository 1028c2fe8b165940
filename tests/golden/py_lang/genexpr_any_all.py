import numpy as np
xs = [1, 2, 3]
print(any(x > 2 for x in xs), all(x > 0 for x in xs))
