# Source: https://www.iditect.com/programming/python-example/numpy-maskedarray-cumsum-function-python.html
# (as written; line breaks restored)
import numpy as np

# Create a masked array
data = np.array([1, 2, 3, 4])
mask = [0, 1, 0, 0]
masked_array = np.ma.array(data, mask=mask)

# Compute cumulative sum
result = masked_array.cumsum()
print(result)
