# On a 3-D array each axis gives a different running total.
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
print(a.shape)

# axis=0 adds the two 3x4 blocks: the second block becomes block0 + block1.
print(a.cumsum(axis=0))

# axis=1 runs down the rows inside each block.
print(a.cumsum(axis=1)[1])

# axis=2 runs along the innermost rows.
print(a.cumsum(axis=2)[:, 0, :])

# Every axis keeps the shape; only axis=None flattens.
print(a.cumsum(axis=2).shape, a.cumsum().shape)
