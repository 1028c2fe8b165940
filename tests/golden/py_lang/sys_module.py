import sys
import numpy as np

# The common lesson line for printing whole arrays, and sys's number facts.
np.set_printoptions(threshold=sys.maxsize)
print(np.arange(1200).reshape(3, 400)[:, -5:])
print(np.arange(1001))
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.getrecursionlimit())
print(sys.float_info)
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info.dig, sys.float_info[8])
print(type(sys.float_info), type(sys.float_info).__name__, len(sys.float_info))
print(np.finfo(float).eps == sys.float_info.epsilon, 1.0 + sys.float_info.epsilon > 1.0)
print(sys)
from sys import maxsize, float_info
print(maxsize, float_info.mant_dig)
