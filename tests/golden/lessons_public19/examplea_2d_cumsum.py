# Modeled on: https://example-a.com/answer/67477887
# (the answer to "2D cumsum in NumPy": Y[i,j] = X[i,j] + Y[i-1,j] + Y[i,j-1] - Y[i-1,j-1] done with
# two np.cumsum, one per axis.) Added: np.random.seed, the question's double loop for comparison,
# the other order of the two cumsums, and a rectangle sum read off the table.
import numpy as np

np.random.seed(67477887 % 2**32)
x = np.random.randint(0, 10, (4, 5))
print(x)
y = np.cumsum(np.cumsum(x, axis=0), axis=1)
print(y)

m, n = x.shape
Y = np.zeros((m, n), dtype=int)
for i in range(m):
    for j in range(n):
        Y[i, j] = x[i, j]
        if i > 0:
            Y[i, j] += Y[i - 1, j]
        if j > 0:
            Y[i, j] += Y[i, j - 1]
        if i > 0 and j > 0:
            Y[i, j] -= Y[i - 1, j - 1]
print(np.array_equal(Y, y), np.array_equal(x.cumsum(1).cumsum(0), y))


def rect_sum(S, r0, c0, r1, c1):
    total = S[r1, c1]
    if r0 > 0:
        total -= S[r0 - 1, c1]
    if c0 > 0:
        total -= S[r1, c0 - 1]
    if r0 > 0 and c0 > 0:
        total += S[r0 - 1, c0 - 1]
    return total


print(rect_sum(y, 1, 1, 2, 3), x[1:3, 1:4].sum())
print(type(rect_sum(y, 1, 1, 2, 3)).__name__)
