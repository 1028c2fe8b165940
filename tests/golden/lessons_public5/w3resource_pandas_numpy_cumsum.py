# Source: https://www.w3resource.com/python-exercises/pandas_numpy/pandas_numpy-exercise-26.php
# (as published; nothing cut)
import numpy as np

# Create a sample NumPy array
nums = np.array([1, 2, 3, -4, 5])

# Calculate the cumulative sum
cumulative_sum = np.cumsum(nums)

# Display the cumulative sum
print(cumulative_sum)
