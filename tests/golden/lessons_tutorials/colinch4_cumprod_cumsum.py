# Source: https://colinch4.github.io/2023-09-06/08-16-00-277948/ (the cumprod and cumsum examples run one
# after another, as written)
import numpy as np

arr = np.array([2, 3, 4, 5])

cumulative_product = np.cumprod(arr)

print(cumulative_product)

import numpy as np

arr = np.array([2, 4, 6, 8])

cumulative_sum = np.cumsum(arr)

print(cumulative_sum)
