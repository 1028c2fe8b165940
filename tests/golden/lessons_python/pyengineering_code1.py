# Source: https://python.engineering/numpy-cumsum-in-python/ (Code #1, as written)
# Python program explaining
# numpy.cumsum () function
import numpy as geek

in_num = 10

print ("Input number:", in_num)

out_sum = geek.cumsum (in_num)
print ("cumulative sum of input number:", out_sum)
