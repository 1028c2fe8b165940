import numpy as np
dtypes = ['b1', 'i1', 'i2', 'i4', 'i8', 'u1', 'u2', 'u4', 'u8', 'f2', 'f4', 'f8', 'c8', 'c16']
for a in dtypes:
    print(a, " ".join(np.result_type(a, b).name for b in dtypes))
