import numpy as np
# float32 np.arcsin is Intel SVML's __svml_asinf16 (the LA routine) on the oracle's
# AVX-512 CPU: results printed exactly, as float.hex().
rng = np.random.default_rng(110)
for lo, hi in [(-1, 1), (0.45, 0.55), (0.99, 1), (-1, -0.99), (-0.01, 0.01)]:
    x = rng.uniform(lo, hi, 300).astype(np.float32)
    print("arcsin", lo, hi, " ".join(v.hex() for v in np.arcsin(x).tolist()))
x = np.ldexp(rng.uniform(0.5, 1, 400), rng.integers(-149, 128, 400)).astype(np.float32)
print("binades", " ".join(v.hex() for v in np.arcsin(x).tolist()))
with np.errstate(all="ignore"):
    special = np.array([0.0, -0.0, 1.0, -1.0, 2.0, 0.5, np.inf, -np.inf, np.nan, 1e-45, 1.1754944e-38, 3.4028235e38], np.float32)
    print(np.arcsin(special))
print(np.arcsin(np.float32(3)), np.arcsin(np.arange(1, 6, dtype=np.float32)))
