import numpy as np

rng = np.random.default_rng(5)
z = rng.standard_normal(30) + 1j * rng.standard_normal(30)
k = rng.standard_normal(9) - 2j * rng.standard_normal(9)
print(np.convolve(z, k, "same"))
print(np.correlate(z, k))
print(np.correlate(k, z, "full")[:5])
print(np.correlate(z, z, "valid"))
print(np.convolve(z.astype(np.complex64), k.astype(np.complex64)))
print(np.correlate(z.astype(np.complex64), k[:4].astype(np.complex64), "same"))
print(np.convolve(z, np.ones(20), "valid"))
print(np.correlate([1, 2, 3], [0, 1j, 0.5]))
print(np.convolve([1j, 2], [1, 2, 3j]))
