import numpy as np
x = -1
assert x >= 0, f'x must be >= 0, got {x}'
