# isinstance with np.datetime64/np.timedelta64, np.issubdtype of time dtypes (timedelta64 is a signed integer class), and dtype equality.
import numpy as np
x = np.datetime64("2024-01-01")
t = np.timedelta64(1, 'D')
print(isinstance(x, np.datetime64), isinstance(t, np.datetime64), isinstance(t, np.timedelta64), isinstance(1, np.timedelta64))
a = np.array([x])
print(np.issubdtype(a.dtype, np.datetime64), np.issubdtype(a.dtype, np.timedelta64), np.issubdtype(a.dtype, np.number))
print(np.issubdtype(np.array([t]).dtype, np.integer), np.issubdtype(np.array([t]).dtype, np.signedinteger), np.issubdtype(np.array([t]).dtype, np.floating))
print(np.issubdtype(a.dtype, 'datetime64[D]'), np.issubdtype(a.dtype, 'datetime64[s]'), np.issubdtype(np.float64, np.datetime64), np.issubdtype(a.dtype, np.generic))
print(x.dtype == "datetime64[D]", np.dtype("M8[D]") == np.dtype("datetime64[D]"))
