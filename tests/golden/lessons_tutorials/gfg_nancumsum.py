# Source: https://acervolima.com/numpy-nancumsum-em-python/ (copy of GeeksforGeeks "numpy.nancumsum() in Python",
# Codes #1 and #2 run one after another, as written)
import numpy as geek
in_num = 10

print ("Input  number : ", in_num)

out_sum = geek.nancumsum(in_num)
print ("cumulative sum of input number : ", out_sum)

in_arr = geek.array([[2, 4, 6], [1, 3, geek.nan]])

print ("Input array : ", in_arr)

out_sum = geek.nancumsum(in_arr)
print ("cumulative sum of array elements: ", out_sum)
