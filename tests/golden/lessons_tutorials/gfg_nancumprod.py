# Source: https://neveropen.tech/numpy-nancumprod-in-python (copy of GeeksforGeeks "numpy.nancumprod() in Python",
# Codes #1 and #2 run one after another, as written)
# Python program explaining
# numpy.nancumprod() function

import numpy as geek
in_num = 10

print ("Input  number : ", in_num)

out_prod = geek.nancumprod(in_num)
print ("cumulative product of input number : ", out_prod)

in_arr = geek.array([[2, 2, 2], [2, 2, geek.nan]])

print ("Input array : ", in_arr)

out_prod = geek.nancumprod(in_arr)
print ("cumulative product of array elements : ", out_prod)
