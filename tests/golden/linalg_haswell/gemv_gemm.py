import numpy as np

# Haswell's dgemv_n micro-kernel (two FMA chains per four columns, rounded
# products for a pair) and its packed dgemm (no small-matrix kernels; the
# inner dimension cut into blocks of 256).
rng = np.random.default_rng(11)
for r, c in [(4, 4), (4, 6), (8, 5), (12, 9), (16, 16), (20, 7), (33, 31), (64, 65)]:
    A = rng.random((r, c)) - 0.5
    x = rng.random(c)
    print(r, c, (A @ x).tolist())
    print(np.dot(A, x).tolist())
for n, k, m in [(4, 20, 4), (8, 17, 8), (40, 300, 5), (20, 600, 30), (2, 520, 3), (6, 1000, 4), (70, 70, 70)]:
    A = rng.random((n, k)) - 0.5
    B = rng.random((k, m))
    C = A @ B
    print(n, k, m, C[0].tolist(), C[-1].tolist())
    print((A @ A.T)[-1].tolist())
A = rng.random((300, 300))
v = rng.random(300)
print((A @ v)[:8].tolist(), (A @ A)[7, :8].tolist())
