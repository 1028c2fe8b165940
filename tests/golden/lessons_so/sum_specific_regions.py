import numpy as np
# Source: https://stackoverflow.com/questions/45481517/fastest-way-to-calculate-the-sum-of-specific-regions-of-an-array
# (the question's data and the np.split, np.add.reduceat, reduceat-with-out= and comment answers, as
# written; the %timeit lines are left out, the speed test's arrays kept with a seed added; prints added)
a = np.array([1,2,3,4,5,6,7,8,9,10,11,12,14])
b = np.array([8,2,3])

result = [part.sum() for part in np.split(a, np.cumsum(b))[:-1]]
print(result)

print(np.add.reduceat(a, np.r_[0, np.cumsum(b)[:-1]]))
c = np.r_[0, np.cumsum(b)[:-1]]
print(c)
print(np.cumsum(b))
print(np.add.reduceat(a, np.cumsum(b)[:-1]))

b_sum = np.zeros_like(b)
np.cumsum(b[:-1], out=b_sum[1:])
result = np.add.reduceat(a, b_sum)
print(result)

np.random.seed(0)
b = np.random.randint(1,10,(10000,))
a = np.random.randint(1,10,(np.sum(b),))
fast = np.add.reduceat(a, np.r_[0, np.cumsum(b)[:-1]])
slow = [part.sum() for part in np.split(a, np.cumsum(b))[:-1]]
print(fast[:10], len(slow), (fast == slow).all())
