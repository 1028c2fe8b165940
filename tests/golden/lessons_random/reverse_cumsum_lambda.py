import numpy as np
# Source: http://stackoverflow.com/questions/16541618/perform-a-reverse-cumulative-sum-on-a-numpy-array
# ("For the fun of it, using anonymous function" answer; Python 2 print statements turned into print())
array = [0,1,2,3,4]

reverse = lambda a: a[::-1]
cumsum = lambda a: [sum(a[:i+1]) for i,x in enumerate(a)] # there is also an accumulate function present in the itertools module

print(reverse(array))
print(cumsum(array))

# sadly, no compose function in Python
reverse_cumsum = lambda a: reverse(cumsum(reverse(a)))

print(reverse_cumsum(array))
print(np.cumsum(np.array(array)[::-1])[::-1])
