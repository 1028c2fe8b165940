import numpy as np
# Source: https://discuss.dizzycoding.com/what-is-the-inverse-of-the-numpy-cumsum-function/
# (Answer #3, as written; z from the question, print added)
z = np.cumsum( [ 0, 1, 2, 6, 9 ] )
x = np.ediff1d(z, to_begin=z[0])
print(x)
