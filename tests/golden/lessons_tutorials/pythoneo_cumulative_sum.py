# Source: https://pythoneo.com/how-to-you-find-the-cumulative-sum-in-python/ (the three snippets run one
# after another, as written; line breaks restored)
import numpy as np
my_array = np.array([0, 20, 25, 40, 100, 300, 500, 800, 2000]).reshape(3, -1)
print(f"This is my array: \n {my_array}")
my_cumsum_array = np.cumsum(my_array)
print(f"This is the cumulative sum of my array"
      f":\n {my_cumsum_array}")

import numpy as np
my_array = np.array([0, 20, 25, 40, 100, 300, 500, 800, 2000]).reshape(3, -1)
print(f"This is my array: \n {my_array}")
my_cumsum_array = np.cumsum(my_array, axis=0)
print(f"This is the cumulative columns sum of my array"
      f":\n {my_cumsum_array}")

import numpy as np
my_array = np.array([0, 20, 25, 40, 100, 300, 500, 800, 2000]).reshape(3, -1)
print(f"This is my array: \n {my_array}")
my_cumsum_array = np.cumsum(my_array, axis=1)
print(f"This is the cumulative rows sum of my array"
      f":\n {my_cumsum_array}")
