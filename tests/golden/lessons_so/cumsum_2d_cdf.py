import numpy as np
# Source: https://py4u.org/questions/67473229/ (Stack Overflow "How to compute 2D cumulative sum
# efficiently", Jérôme Richard's answer as written with a seed added; the question's double loop
# with its recurrence added to compare)
np.random.seed(7)
x = np.random.randint(0, 10, (4, 5))
print(x)
y = np.cumsum(np.cumsum(x, axis=0), axis=1)
print(y)

Y = np.zeros_like(x)
m, n = x.shape
for i in range(m):
    for j in range(n):
        Y[i, j] = x[i, j] + (Y[i-1, j] if i else 0) + (Y[i, j-1] if j else 0) - (Y[i-1, j-1] if i and j else 0)
print((Y == y).all(), Y[-1, -1] == x.sum())
