# Source: https://demo2s.com/g/python/how-to-use-numpy-nancumsum-in-python.html
# (as published; nothing cut)
import numpy as np
# Example array with NaN values
arr = np.array([1, 2, np.nan, 4, np.nan, 6])
# Compute the cumulative sum, ignoring NaN values
cumsum_result = np.nancumsum(arr)
print(cumsum_result)
