# Source: https://tutorialsinhand.com/Articles/numpy---cumsum()-and-cumprod().aspx ("numpy cumsum example",
# as written)
#importing numpy module
import numpy

#creating array1
arraydata1=numpy.array([1,2,3,4,5])

#creating array2
arraydata2=numpy.array([1,2,10,4,0])

#display two arrays
print(arraydata1,arraydata2)

#perform cumsum on  first array
print(numpy.cumsum(arraydata1))

#perform cumsum on  second array
print(numpy.cumsum(arraydata2))
