# Source: https://python.engineering/numpy-cumsum-in-python/ (Code #2, as written)
# Python program explaining
# numpy.cumsum () function

import numpy as geek

in_arr = geek.array ([[2, 4, 6], [1, 3, 5]])

print ("Input array:", in_arr)

out_sum = geek.cumsum (in_arr)
print ("cumulative sum of array elements:", out_sum)
