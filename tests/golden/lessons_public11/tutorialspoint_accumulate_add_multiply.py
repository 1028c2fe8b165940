# Source: https://www.tutorialspoint.com/accumulate-the-result-of-applying-the-operator-to-all-elements-in-numpy
# (the page's Example as published; nothing cut)
import numpy as np
import numpy.ma as ma

# The numpy.ufunc has functions that operate element by element on whole arrays.

# ufuncs are written in C (for speed) and linked into Python with NumPy’s ufunc facility

# Create a 1d array
arr = np.array([2, 3, 5])

# Display the array
print("Array...\n", arr)

# Get the type of the array
print("\nOur Array type...\n", arr.dtype)

# Get the dimensions of the Array
print("\nOur Array Dimensions...\n",arr.ndim)

# To Accumulate the result of applying the operator to all elements, use the numpy.accumulate() method in Python Numpy
# Add accumulate: The add.accumulate() is equivalent to np.cumsum()
print("\nAdd accumulate...\n",np.add.accumulate(arr))

# Multiply accumulate
print("\nMultiply accumulate...\n",np.multiply.accumulate(arr))
