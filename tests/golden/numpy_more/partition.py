import numpy as np
rng = np.random.default_rng(5)
for dt in ['i1', 'u1', '?', 'i2', 'f2', 'c16', 'i8', 'f8', 'f4', 'i4']:
    for n in [1, 2, 3, 5, 9, 17, 40, 100, 300]:
        a = rng.integers(-20, 20, n).astype(dt)
        ks = np.unique(rng.integers(0, n, 3)).tolist()
        print(dt, n, np.partition(a, ks).tolist(), np.argpartition(a, ks).tolist())
        if dt in ('i1', 'u1', '?', 'c16', 'i2'):
            k = int(rng.integers(-n, n))
            print(np.partition(a, k).tolist())
        if dt in ('i1', 'u1', '?', 'c16', 'i2', 'f2'):
            print(np.argpartition(a, int(rng.integers(0, n))).tolist())
x = np.array([3., np.nan, 1., 2., np.nan, -1.])
print(np.partition(x, [1, -1]), np.argpartition(x, [0, 5]))
a = np.array([5, 1, 4, 2, 3])
for f in [lambda: np.partition(a, 5), lambda: np.partition(a, -6), lambda: np.partition(a, 1.5), lambda: np.partition(a, [1, 9]), lambda: np.partition(a, 1, axis=1), lambda: np.partition(np.int64(3), 0), lambda: np.argpartition(a, True), lambda: a.partition(7), lambda: np.partition(a, [])]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(np.partition(np.arange(12)[::-1].reshape(3,4), 1, axis=0))
print(np.partition(np.arange(12)[::-1].reshape(3,4), 1, axis=None))
b = a.copy(); print(b.partition(2), b)
print(np.argpartition(np.arange(12)[::-1].reshape(3,4), 1, axis=None))
print(np.argpartition(a, 2, kind='introselect'), a.argpartition(-1))
try: np.partition(a, 2, kind='quick')
except Exception as e: print(type(e).__name__, e)
print(np.partition(np.arange(20)[::-1], 3))
print(np.argpartition(np.array([3., np.nan, 1.]), 1))
