import numpy as np
# Source: https://discuss.dizzycoding.com/what-is-the-inverse-of-the-numpy-cumsum-function/
# (Answer #1, as written; z from the question, print added)
z = np.cumsum( [ 0, 1, 2, 6, 9 ] )
z[1:] -= z[:-1].copy()
print(z)
z = np.cumsum( [ 0, 1, 2, 6, 9 ] )
z[1:] -= z[:-1]
print(z)
