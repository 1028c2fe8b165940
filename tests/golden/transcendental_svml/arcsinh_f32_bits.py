import numpy as np
# float32 np.arcsinh is Intel SVML's __svml_asinhf16 (the LA routine) on the oracle's
# AVX-512 CPU: results printed exactly, as float.hex().
rng = np.random.default_rng(112)
for lo, hi in [(-1, 1), (-10, 10), (-0.02, 0.02), (-1e6, 1e6), (-3e38, 3e38)]:
    x = rng.uniform(lo, hi, 300).astype(np.float32)
    print("arcsinh", lo, hi, " ".join(v.hex() for v in np.arcsinh(x).tolist()))
x = np.ldexp(rng.uniform(0.5, 1, 400), rng.integers(-149, 128, 400)).astype(np.float32)
print("binades", " ".join(v.hex() for v in np.arcsinh(x).tolist()))
with np.errstate(all="ignore"):
    special = np.array([0.0, -0.0, 1.0, -1.0, 2.0, 0.5, np.inf, -np.inf, np.nan, 1e-45, 1.1754944e-38, 3.4028235e38], np.float32)
    print(np.arcsinh(special))
print(np.arcsinh(np.float32(3)), np.arcsinh(np.arange(1, 6, dtype=np.float32)))
