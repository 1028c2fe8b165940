import numpy as np

# OpenBLAS's Haswell ddot: blocks of 16 into four 4-lane FMA accumulators,
# reduced half by half, then an FMA tail; every n from 1 to 70 and a few
# large ones cross its block boundaries.
rng = np.random.default_rng(7)
for n in list(range(1, 71)) + [127, 128, 129, 300, 1000]:
    a = rng.random(n) - 0.3
    b = rng.random(n) + 0.1
    print(n, repr(np.dot(a, b)), repr(a @ b), repr(np.inner(a, b)), repr(np.vdot(a, b)), repr(a.dot(b)))
