import numpy as np
# dtypes follow NumPy's linspace + power (float32 stays float32); values are
# rounded because NumPy's float32 power loop (AVX-512 SVML powf) can differ
# from a correctly rounded powf in the last bit.
for args in [(np.float32(0), np.float32(1), 4), (np.float32(0), 1, 4), (0, np.float32(1.5), 5),
             (np.float32(0.1), np.float32(2.3), 7), (np.float16(0), np.float16(1), 3), (0, 2, 3)]:
    r = np.logspace(*args)
    print(r.dtype, np.round(r, 3))
print(np.logspace(np.float32(0), np.float32(1), 4, base=np.float32(2)).dtype)
print(np.logspace(np.float32(0), np.float32(1), 4, base=2.5).dtype)
print(np.logspace(np.float32(0), np.float32(1), 4, base=np.float64(2)).dtype)
print(np.logspace(np.float32(0), np.float32(1), 4, dtype=np.float64).dtype)
print(np.logspace(0, 3, 4, dtype=int))
r = np.logspace(np.float32([0, 1]), np.float32(3), 3)
print(r.dtype, r.shape, np.round(r, 1))
r = np.logspace([0, 1], 3, 3, axis=1)
print(r.shape, r)
r = np.logspace(0, 1, 3, base=np.array(2.0))
print(r)
print(np.logspace(0, 1, 0), np.logspace(0, 1, 1), np.logspace(0, 1, 3, endpoint=False))
print(np.geomspace(np.float32(1), np.float32(1000), 4).dtype)
for bad in [lambda: np.logspace(0, 1, -1), lambda: np.logspace(0, 1, 2.5), lambda: np.logspace(0, 1, 3, axis=2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
