import numpy as np
print(list(zip([1, 2, 3], 'ab')))
