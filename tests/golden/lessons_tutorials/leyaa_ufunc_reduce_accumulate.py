# Source: https://leyaa.ai/codefly/learn/numpy/part-3/numpy-understanding-ufunc-methods-reduce-accumulate
# (the four Examples run one after another, as written; line breaks restored)
import numpy as np
arr = np.array([1, 2, 3, 4])
sum_result = np.add.reduce(arr)
print(sum_result)

import numpy as np
arr = np.array([1, 2, 3, 4])
accum_result = np.add.accumulate(arr)
print(accum_result)

import numpy as np
arr = np.array([1, 2, 3, 4])
prod_result = np.multiply.reduce(arr)
print(prod_result)

import numpy as np
arr = np.array([1, 2, 3, 4])
accum_prod = np.multiply.accumulate(arr)
print(accum_prod)
