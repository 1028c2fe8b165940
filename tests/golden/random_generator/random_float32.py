import numpy as np
for seed in [0, 1, 7, 42, 2**40, [1, 2, 3]]:
    rng = np.random.default_rng(seed)
    print(rng.random(dtype=np.float32), rng.random(5, dtype="f4"), rng.random((2, 3), dtype=np.float32))
    print(rng.random(3), rng.random(2, dtype=np.float32).cumsum(), rng.random())
rng = np.random.default_rng(3)
a = rng.random(1001, dtype=np.float32)
print(a.dtype, a[:4], a[-3:], a.sum(), a.max(), a.min())
for bad in [np.float16, int, "f8", "c16"]:
    try:
        print(rng.random(2, dtype=bad))
    except TypeError as e:
        print(e)
