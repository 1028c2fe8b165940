# Source: https://github.com/egalli64/pysci/blob/72e9b7259a8ff581b9222ce6000f6aa3cc432246/m1_numpy/s08_split/e1D_split.py
# (as published; nothing cut)
"""
Python and Science

https://github.com/egalli64/pysci

Module 1 - NumPy

split() on 1D array
"""

import numpy as np

a = np.arange(9)
print("An array", a)

# split in three equal subarray
print("A standard three-way split:", np.split(a, 3))

# split in three subarray @ given index
print("A custom three-way split (at index 2 and 7):", np.split(a, (2, 7)))
