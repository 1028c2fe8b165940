import numpy as np
ds = ['b1', 'i1', 'u1', 'i2', 'u2', 'i4', 'u4', 'i8', 'u8', 'f2', 'f4', 'f8', 'c8', 'c16']
for a in ds:
    for b in ds:
        print(a, b, " ".join(np.result_type(a, b, c).name[0] + str(np.dtype(np.result_type(a, b, c)).itemsize) for c in ds))
for q in [('i1','u1','f2','u8'), ('u8','i1','f2'), ('f2','u4','i1','b1','u1'), ('u2','i2','f2','f2','i8')]:
    print(q, np.result_type(*q))
for w in [1, 1.5, 1j]:
    for a in ds:
        print(a, w, " ".join(np.result_type(a, c, w).name for c in ds))
