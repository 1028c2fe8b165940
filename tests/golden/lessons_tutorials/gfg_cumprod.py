# Source: https://www.geeksforgeeks.org/numpy-cumprod-in-python/ as copied at
# https://python.engineering/numpy-cumprod-in-python/ (Codes #1 to #3 run one after another; Code #3's
# body is not in the copy, so it is Code #2 with the axis its printed output names)
# Python program explaining
# numpy.cumprod() function

import numpy as geek
in_num = 10

print ("Input  number : ", in_num)

out_prod = geek.cumprod(in_num)
print ("cumulative product of input number : ", out_prod)

in_arr = geek.array([[2, 4, 6], [1, 3, 5]])

print ("Input array : ", in_arr)

out_prod = geek.cumprod(in_arr)
print ("cumulative product of array elements: ", out_prod)

out_prod = geek.cumprod(in_arr, axis = 1)
print ("cumulative product of array elements taking axis 1: ", out_prod)
