# Source: https://github.com/szabgab/slides/blob/a67fddc5449cd6bb9bc039eb4f08224e289e54c4/python/examples/numpy/uint8.py
# (as published; nothing cut)
import numpy as np

a = np.array([127], 'uint8')
print(a.dtype)   # uint8
print(a)         # [127]

a[0] += 1        # [128]
print(a)

a[0] -= 1        # [127]
print(a)

a[0] = 255
print(a)         # [255]

a[0] += 1
print(a)         # [0]
