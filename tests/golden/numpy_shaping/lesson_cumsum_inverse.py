import numpy as np
# Inverting a cumsum, the answers to "What is the inverse of the numpy cumsum
# function?" (https://discuss.dizzycoding.com/what-is-the-inverse-of-the-numpy-cumsum-function/).
z = np.cumsum([0, 1, 2, 6, 9])
print(z)
orig = np.insert(np.diff(z), 0, z[0])
print(orig)
orig = np.concatenate((np.array(z[0]).reshape(1,), np.diff(z)))
print(orig)
orig = z.copy()
orig[1:] = np.diff(z)
print(orig)
orig = np.r_[z[0], np.diff(z)]
print(orig)
# diff with prepend=0 undoes cumsum in one call.
print(np.diff(z, prepend=0))
a = np.arange(1, 10)
b = np.cumsum(a)
c = np.array([b[0]])
c = np.append(c, b[1:9] - b[0:8])
print(repr(c))
print(repr(np.diff(np.cumsum(np.array([0.5, 1.25, -3.0])), prepend=0.0)))
