import numpy as np

# Haswell's packed dgemm runs the last row of an odd-rowed A through its
# 4x1 edge kernel: four k-lanes for the columns in whole fours, in eights of
# k with the rest in lane 0; the 2x1/1x1 kernels (last m % 4 columns) and
# every other row chain one FMA per k. Single-threaded sizes.
rng = np.random.default_rng(11)
for n, k, m in [(9, 9, 12), (3, 20, 4), (1, 30, 9), (5, 7, 5), (3, 8, 8), (7, 17, 6),
                (5, 16, 11), (11, 15, 4), (9, 300, 13), (3, 1000, 7), (25, 40, 31)]:
    A = rng.random((n, k)) - 0.5
    B = rng.random((k, m))
    C = A @ B
    print(n, k, m, C[-1].tolist(), C[0].tolist())
    print((np.asfortranarray(A) @ B)[-1].tolist(), (A @ np.asfortranarray(B))[-1].tolist())
# A @ A.T (dsyrk) keeps its own blocking: its last row is not the edge
# kernel's.
for n, k in [(9, 300), (25, 40), (7, 5)]:
    A = rng.random((n, k)) - 0.5
    print(n, k, (A @ A.T)[-1].tolist())
