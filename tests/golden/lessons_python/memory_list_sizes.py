import numpy as np
import sys

# Source: https://github.com/bu-cds-omds/dx602-examples
# "Comparing Memory Usage of NumPy Arrays vs Python lists": the list side of
# the lesson (npcalc does not give sys.getsizeof of an array, so the lines
# measuring np.asarray(3.0) and the array itself are left out; nbytes shows
# the array's element bytes instead).
print(sys.getsizeof(3.0))

test_array = np.arange(1_000_000, dtype=np.float64)
print(test_array.nbytes)

test_list = [float(v) for v in range(1_000_000)]
print(sys.getsizeof(test_list))

print(sys.getsizeof(test_list) + sum(sys.getsizeof(v) for v in test_list))
