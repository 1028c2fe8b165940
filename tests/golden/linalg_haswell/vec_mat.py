import numpy as np

# vector @ matrix runs dgemv_n: its last m % 4 rows are C code, unfused
# on Haswell; dgemv_t (matrix @ vector) is built with -mfma and fuses.
np.random.seed(1)
for r in range(1, 10):
    for c in range(1, 12):
        A = np.random.rand(r, c) - 0.5
        y = np.random.rand(r)
        x = np.random.rand(c)
        print(r, c, (y @ A).tolist(), (A @ x).tolist())
