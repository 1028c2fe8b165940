from numpy import *

print(iinfo(int16).max, finfo(float32).eps)
print(issubdtype(uint8, unsignedinteger), issubdtype(float16, integer))
print(result_type(int8, 2.5), min_scalar_type(1000))
print(integer, floating, generic)
