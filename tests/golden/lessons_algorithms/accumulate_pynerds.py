# Source: https://www.pynerds.com/python-itertools-accumulate/ (the two examples as written)
#import the function from itertools
from itertools import accumulate 

L = [1, 2, 3, 4]

#get cumulative sums of the list elements
sums = accumulate(L)

print(next(sums))
print(next(sums))
print(next(sums))
print(next(sums))

from itertools import accumulate

data = [1, 2, 3, 4, 5, 6, 7, 8, 10]

#a function to get the product of two numbers
def product(a, b):
   return a * b

accumulated = accumulate(data, product, initial = 1)

for i in accumulated:
    print(i)
