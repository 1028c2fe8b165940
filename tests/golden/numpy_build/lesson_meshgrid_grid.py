import numpy as np
# Distances on a grid: meshgrid gives every (x, y) pair.
x = np.arange(4)
y = np.arange(3)
X, Y = np.meshgrid(x, y)
print(X)
print(Y)
D = X + Y
print(D)
print(D.cumsum(axis=0))
print(np.count_nonzero(D > 2), np.argwhere(D == 3))
I, J = np.meshgrid(x, y, indexing='ij')
print(I.shape, J.shape)
