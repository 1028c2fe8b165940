# cumprod is cumsum's multiplicative sibling.
import numpy as np

print(np.cumprod([1, 2, 3, 4, 5]))

# Growth factors: the running product gives the value after each step.
growth = np.array([1.10, 0.95, 1.20, 1.05])
print(100 * growth.cumprod())

m = np.array([[1, 2, 3], [4, 5, 6]])
print(m.cumprod(axis=0))
print(m.cumprod(axis=1))
