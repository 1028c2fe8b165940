# reshape(order='F'/'A'): NumPy reads and places the elements in Fortran order (C order on the reversed axes); 'K' and bad orders refused as NumPy does
import numpy as np
a = np.arange(12)
print(a.reshape(3, 4, order='F'))
print(np.reshape(a, (2, -1, 3), order='F'))
b = a.reshape(3, 4).T
print(b.reshape(12, order='A'), b.reshape(12), b.reshape((6, 2), order='F'))
print(np.reshape(a.reshape(3, 4), -1, order='F'))
print(a.reshape(3, 4, order='f').flags.c_contiguous, a.reshape(3, 4, order='F').flags.f_contiguous)
for o in ['K', 'x', 1, None]:
    for f in (lambda: np.reshape(a, (3, 4), order=o), lambda: a.reshape((3, 4), order=o)):
        try:
            print(f().shape)
        except Exception as e:
            print(type(e).__name__, e)
try:
    a.reshape(5, -1, order='F')
except Exception as e:
    print(type(e).__name__, e)
