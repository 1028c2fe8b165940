import numpy as np
# float32 np.arccos is Intel SVML's __svml_acosf16 (the LA routine) on the oracle's
# AVX-512 CPU: results printed exactly, as float.hex().
rng = np.random.default_rng(111)
for lo, hi in [(-1, 1), (0.3, 0.4), (-0.4, -0.3), (0.99, 1), (-1, -0.99), (-0.01, 0.01)]:
    x = rng.uniform(lo, hi, 300).astype(np.float32)
    print("arccos", lo, hi, " ".join(v.hex() for v in np.arccos(x).tolist()))
x = np.ldexp(rng.uniform(0.5, 1, 400), rng.integers(-149, 128, 400)).astype(np.float32)
print("binades", " ".join(v.hex() for v in np.arccos(x).tolist()))
with np.errstate(all="ignore"):
    special = np.array([0.0, -0.0, 1.0, -1.0, 2.0, 0.5, np.inf, -np.inf, np.nan, 1e-45, 1.1754944e-38, 3.4028235e38], np.float32)
    print(np.arccos(special))
print(np.arccos(np.float32(3)), np.arccos(np.arange(1, 6, dtype=np.float32)))
