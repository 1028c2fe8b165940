# Source: https://www.includehelp.com/python/how-to-perform-a-reverse-cumulative-sum-on-a-numpy-array.aspx
# (as published; nothing cut)
# Import numpy
import numpy as np

# Creating a numpy array
arr = np.array([0,1,2,3,4])

# Display original array
print("original array:\n",arr,"\n")

# Performing reverse cumulative sum
res = np.cumsum(arr[::-1])[::-1]

# Display result
print("Result:\n",res)
