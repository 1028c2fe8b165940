# Python's abs() of a NumPy integer runs NumPy's scalar math, which warns
# when |MIN| does not fit; np.abs/np.absolute run the ufunc loop, which does not.
import numpy as np
x = abs(np.int8(-128))
print(repr(x))
y = np.abs(np.int8(-128))
print(repr(y))
z = np.absolute(np.int16(-32768))
print(repr(z))
w = abs(np.int16(-32768))
print(repr(w))
print(repr(np.abs(np.int64(-2**63))), repr(abs(np.int32(5))))
