import numpy as np
import sys

# Source: https://stackoverflow.com/questions/49851545/memory-efficiency-of-numpy
# The question's code as written: the bytes of 1000 Python ints against the
# bytes of the array's items, then of the NumPy scalars p[3] boxes.

# Less Memory

l = range(1000)
print(sys.getsizeof(l[3])*len(l))

p = np.arange(1000)
print(p.itemsize*p.size)

print(sys.getsizeof(p[3])*len(p))
