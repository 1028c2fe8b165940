import numpy as np
print({k: k ** 2 for k in range(4)})
