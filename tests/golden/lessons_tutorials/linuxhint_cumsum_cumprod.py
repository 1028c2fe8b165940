# Source: "cumsum() and cumprod() in NumPy" (blog tutorial) as collected in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (the cumsum example, as written)
import numpy

# Creating array1
arraydata1 = numpy.array([1, 2, 3, 4, 5])

# Creating array2
arraydata2 = numpy.array([1, 2, 10, 4, 0])

# Display two arrays
print(arraydata1, arraydata2)

# Perform cumsum on first array
print(numpy.cumsum(arraydata1))

# Perform cumsum on second array
print(numpy.cumsum(arraydata2))
