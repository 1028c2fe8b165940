# Source: https://www.plus2net.com/python/numpy-bincount.php
# (the page's four examples in order, one script; nothing cut)
import numpy as np
ma=np.array([0,2,2,6,5])
print(np.bincount(ma))

import numpy as np
my_array1 = np.array([0,2,2,6,5])
my_array2 = np.array([2,2,1,3,4])
my_bin=np.bincount(my_array2,weights=my_array1)
print(my_bin)

import numpy as np
my_array1 = np.array([0,2,2,6,5])
my_array2 = np.array([2,2,1,3,4])
my_bin=np.bincount(my_array1,my_array2)
print(my_bin)

import numpy as np
my_array1 = np.array([0,3,3,5])
my_array2 = np.array([2,1,4,6])
my_bin=np.bincount(my_array1,my_array2)
print(my_bin)
