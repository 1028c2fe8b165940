# Source: https://www.w3schools.com/python/numpy/numpy_ufunc_products.asp as collected in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 and copied at https://code7school.com/courses/numpy/34740
# (the four examples run one after another, as written)
import numpy as np
arr = np.array([1, 2, 3, 4])
x = np.prod(arr)
print(x)

import numpy as np
arr1 = np.array([1, 2, 3, 4])
arr2 = np.array([5, 6, 7, 8])
x = np.prod([arr1, arr2])
print(x)

import numpy as np
arr1 = np.array([1, 2, 3, 4])
arr2 = np.array([5, 6, 7, 8])
newarr = np.prod([arr1, arr2], axis=1)
print(newarr)

import numpy as np
arr = np.array([5, 6, 7, 8])
newarr = np.cumprod(arr)
print(newarr)
