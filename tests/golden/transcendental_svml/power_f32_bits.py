import numpy as np
# float32 np.power is Intel SVML's __svml_powf16 (the LA routine) on the
# oracle's AVX-512 CPU for positive finite bases with |y log2 x| <= 125.5,
# after NumPy's fast paths for a broadcast exponent: results printed
# exactly, as float.hex().
rng = np.random.default_rng(115)
for lo, hi, elo, ehi in [(0, 2, -3, 3), (0, 100, -10, 10), (0.9, 1.1, -50, 50), (0, 1e6, -5, 5)]:
    x = rng.uniform(lo, hi, 300).astype(np.float32)
    y = rng.uniform(elo, ehi, 300).astype(np.float32)
    print("power", lo, hi, " ".join(v.hex() for v in np.power(x, y).tolist()))
x = rng.uniform(0, 10, 100).astype(np.float32)
for e in [2.0, 0.5, -1.0, 3.0, 1.5, -0.5]:
    print("exponent", e, " ".join(v.hex() for v in np.power(x, np.float32(e)).tolist()))
print(np.power(np.float32(2), np.arange(5, dtype=np.float32)), np.float32(3) ** np.float32(0.5))
print(np.power(np.array([2, 3, 10], np.float32), np.array([0.5, 2.5, -2], np.float32)))
