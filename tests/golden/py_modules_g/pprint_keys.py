import pprint
import numpy as np
from fractions import Fraction
from decimal import Decimal
d = {np.float64(2.5): 'a', 'z': 1, Fraction(1, 3): 2, 1j: 3, None: 4, np.int64(7): 7, True: 9}
pprint.pprint(d, width=30)
pprint.pprint({'x': np.arange(12).reshape(3, 4).cumsum(axis=0), 'y': np.float32(1.5)}, width=30)
pprint.pprint({1, 2.5, Fraction(1, 2), 1j}, width=5)
try:
    pprint.pprint({np.float64(1.0): 1, (1, 2): 2})
except ValueError as e:
    print(type(e).__name__, e)
