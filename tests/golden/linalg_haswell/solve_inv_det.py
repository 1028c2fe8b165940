import numpy as np

# LU (getf2), solve (trsv's daxpy), inv (trsm) and det for n = 2..9 on
# Haswell, whose C kernels round each product: the strided ddot and daxpy
# tails, dgemv_n's row tail and the trsm solve do not fuse there.
np.random.seed(0)
for n in range(2, 10):
    M = np.random.rand(n, n) - 0.4
    b = np.random.rand(n)
    print(n, np.linalg.solve(M, b).tolist())
    print(np.linalg.inv(M).tolist())
    print(repr(np.linalg.det(M)), np.linalg.slogdet(M))
