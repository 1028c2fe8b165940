import numpy as np
# float32 np.tan is Intel SVML's __svml_tanf16 (the LA routine) on the oracle's
# AVX-512 CPU: results printed exactly, as float.hex().
rng = np.random.default_rng(113)
for lo, hi in [(-1, 1), (-10, 10), (1.5, 1.65), (-8256, 8256), (-0.01, 0.01)]:
    x = rng.uniform(lo, hi, 300).astype(np.float32)
    print("tan", lo, hi, " ".join(v.hex() for v in np.tan(x).tolist()))
x = np.ldexp(rng.uniform(0.5, 1, 400), rng.integers(-149, 13, 400)).astype(np.float32)
print("binades", " ".join(v.hex() for v in np.tan(x).tolist()))
with np.errstate(all="ignore"):
    special = np.array([0.0, -0.0, 1.0, -1.0, 2.0, 0.5, np.inf, -np.inf, np.nan, 1e-45, 1.1754944e-38], np.float32)
    print(np.tan(special))
print(np.tan(np.float32(3)), np.tan(np.arange(1, 6, dtype=np.float32)))
