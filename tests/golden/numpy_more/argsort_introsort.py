import numpy as np
rng = np.random.default_rng(5)
for dt in ['int8', 'uint8', 'int16', 'uint16', 'bool', 'float16', 'complex128']:
    for n in [5, 16, 17, 40, 100, 1000]:
        a = rng.integers(0, 4, n).astype(dt)
        print(dt, n, np.argsort(a).tolist() == np.argsort(a).tolist(), np.argsort(a).tolist()[:60])
for n in [17, 100, 1000]:
    a = rng.integers(0, 4, n).astype('int8')
    print(n, 'heap', np.argsort(a, kind='heapsort').tolist()[:60])
a = rng.integers(0, 3, (4, 30)).astype('int16')
print(np.argsort(a, axis=1).tolist())
print(np.argsort(a, axis=0).tolist())
