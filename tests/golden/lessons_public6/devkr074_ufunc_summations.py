# Source: https://github.com/devkr074/Python-Programs/blob/1fc55273a682dcbf3fee694afda6e9c27edb0fc4/Program_112.py
# (as published; nothing cut)
# ufunc Summations in Python

import numpy as np
arr1=np.array([1,2,3])
arr2=np.array([1,2,3])
newarr=np.add(arr1,arr2)
print(newarr)
newarr=np.sum([arr1,arr2])
print(newarr)
newarr=np.sum([arr1,arr2],axis=1)
print(newarr)
newarr=np.cumsum(arr1)
print(newarr)
