# Source: https://blog.finxter.com/a-python-implementation-of-numpy-cumsum/ (as written; import numpy
# added for the corpus, and np.cumsum of the same lists printed after, as the page compares them)
import numpy as np
def cumsum(l:list):

    if not l:
        return []
       
    sums = []
    sums.append(l[0])
   
    return helper(sums, l[1:])
   
    
def helper(sums:list, xs:list):

    if not xs:
        return sums
       
    s = sums[len(sums) - 1]
    sums.append(s + xs[0])
   
    if len(xs) > 1:
        return helper(sums, xs[1:])
   
    return sums
 
   
xs = [1]
print(cumsum(xs))
#[1]


xs = [1, 3, 3, 2, 5]
print(cumsum(xs))
# [1, 4, 7, 9, 14]


xs = [1, 1, 1, 2]
print(cumsum(xs))
# [1, 2, 3, 5]

print(np.cumsum([1]), np.cumsum([1, 3, 3, 2, 5]), np.cumsum([1, 1, 1, 2]))
