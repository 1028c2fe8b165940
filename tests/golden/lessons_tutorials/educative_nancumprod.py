# Source: https://www.educative.io/answers/what-is-the-numpynancumprod-function-in-numpy (Example, as written; line breaks restored)
import numpy as np
# creating an array
x = np.array([1, 2, np.nan, 2, np.nan])
# Implementing the nancumprod() function
myarray = np.nancumprod(x, axis=0)
print(x)
print(myarray)
