import numpy as np
# Source: https://discuss.dizzycoding.com/what-is-the-inverse-of-the-numpy-cumsum-function/
# (Answers #2 and #4, as written; z from the question, prints added)
z = np.cumsum( [ 0, 1, 2, 6, 9 ] )
orig = np.insert(np.diff(z), 0, z[0])
print(orig)
orig = np.concatenate((np.array(z[0]).reshape(1,), np.diff(z)))
print(orig)
orig = z.copy()
orig[1:] = np.diff(z)
print(orig)
orig = np.r_[z[0], np.diff(z)]
print(orig)
