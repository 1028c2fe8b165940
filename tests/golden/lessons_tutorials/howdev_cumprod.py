# Source: https://how.dev/answers/what-is-the-numpycumprod-function-in-numpy (Example, as written; line breaks restored)
import numpy as np
# Creating an array
x = np.array([1, 2, 3])
# Invoking the numpy.cumprod() function
myarray = np.cumprod(x, axis=0)
print(x)
print(myarray)
