import numpy as np
import warnings

warnings.simplefilter('always')

# Python's number or list declines, so the array's mirrored method runs:
# `x < arr` is np.greater(arr, x).
print(float('nan') < np.arange(3, dtype=complex))
print([complex(0, float('nan')), 0j] >= np.ones(2, dtype=complex))
print(2 < np.arange(4))
print([1, 5] == np.array([1, 2]))
for left in ([1.0, 2.0], (1, 2, 3), range(2)):
    try:
        print(left > np.zeros(0))
    except ValueError as e:
        print(type(e).__name__, e)
