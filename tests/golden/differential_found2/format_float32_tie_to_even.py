import numpy as np
a = np.array([97.34, 13.16, 27.33], dtype=np.float32)
for x, c in zip(a, np.cumsum(a)):
    print(f'{x} -> {c}', format(x), '{}'.format(c), f'{x:}')
print(f'{97.339996337890625}', format(97.339996337890625, ''), f'{97.339996337890625:10}')
print(f'{np.float64(5e-324)}', f'{1e22}', f'{-0.0}', f'{np.float32(0.1)!s}')
