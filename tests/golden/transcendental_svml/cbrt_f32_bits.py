import numpy as np
# float32 np.cbrt is Intel SVML's __svml_cbrtf16 (the LA routine) on the oracle's
# AVX-512 CPU: results printed exactly, as float.hex().
rng = np.random.default_rng(106)
for lo, hi in [(-1, 1), (-1000, 1000), (0, 8), (-1e-30, 1e-30)]:
    x = rng.uniform(lo, hi, 300).astype(np.float32)
    print("cbrt", lo, hi, " ".join(v.hex() for v in np.cbrt(x).tolist()))
x = np.ldexp(rng.uniform(0.5, 1, 400), rng.integers(-149, 128, 400)).astype(np.float32)
print("binades", " ".join(v.hex() for v in np.cbrt(x).tolist()))
with np.errstate(all="ignore"):
    special = np.array([27.0, -8.0, 1e-40, 0.0, -0.0, 1.0, -1.0, 2.0, 0.5, np.inf, -np.inf, np.nan, 1e-45, 1.1754944e-38, 3.4028235e38], np.float32)
    print(np.cbrt(special))
print(np.cbrt(np.float32(3)), np.cbrt(np.arange(1, 6, dtype=np.float32)))
