import numpy as np
# float64 np.cbrt is Intel SVML's __svml_cbrt8_ha on the oracle's AVX-512 CPU:
# results printed as float.hex().
rng = np.random.default_rng(31)
for name, x in [("[-1000, 1000]", rng.uniform(-1000.0, 1000.0, 1000)), ("[-1, 1]", rng.uniform(-1.0, 1.0, 600)),
                ("[-1e300, 1e300]", rng.uniform(-1e300, 1e300, 300)), ("exp(U(-700, 700))", np.exp(rng.uniform(-700.0, 700.0, 500))),
                ("subnormal", rng.uniform(-2.2250738585072014e-308, 2.2250738585072014e-308, 200)),
                ("integers", rng.integers(-10**6, 10**6, 300).astype(float))]:
    print("cbrt", name, " ".join(v.hex() for v in np.cbrt(x).tolist()))
special = np.array([0.0, -0.0, 1.0, -1.0, 8.0, -27.0, 2.0, 5e-324, -5e-324, 1e-300, 1.7976931348623157e308,
                    np.inf, -np.inf, np.nan])
print(" ".join(v.hex() for v in np.cbrt(special).tolist()))
print(np.cbrt(np.float64(0.5)), np.cbrt(64), np.cbrt(np.arange(-4.0, 4.0)[::3]))
