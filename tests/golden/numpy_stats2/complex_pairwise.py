import numpy as np
rng = np.random.default_rng(7)
for n in [1, 3, 4, 5, 7, 8, 9, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 1000, 4099]:
    z = rng.standard_normal(n) + 1j * rng.standard_normal(n)
    print(n, repr(z.sum().item()), repr(z.mean().item()), repr(z.astype(np.complex64).sum().item()))
m = (rng.standard_normal(60) + 1j * rng.standard_normal(60)).reshape(3, 20)
print(repr(m.sum(axis=1)), repr(m.sum(axis=0)[:3]), repr(m.T.sum().item()))
