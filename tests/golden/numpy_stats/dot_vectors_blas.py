import numpy as np

rng = np.random.default_rng(11)
for n in [1, 3, 7, 8, 15, 16, 33, 100, 1001, 4099]:
    x = rng.random(n)
    y = rng.standard_normal(n)
    print(n, np.dot(x, y).hex(), (x @ y).hex(), x.dot(y).hex(), np.matmul(x, y).hex())
w = np.array([0.2, 0.3, 0.5])
prices = np.cumsum(rng.random((5, 3)), axis=0)
print([np.dot(row, w) for row in prices])
print(np.dot(np.arange(5), np.arange(5.0)), np.dot([1, 2], [3.5, 4.5]))
