import numpy as np
for d in ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'float16', 'float32', 'float64', 'complex64', 'complex128']:
    a = np.eye(2, 3, k=1, dtype=d)
    print(d, repr(a), a.dtype)
