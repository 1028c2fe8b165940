import numpy as np
# float64 np.arctan is Intel SVML's __svml_atan8_ha on the oracle's AVX-512 CPU:
# results printed as float.hex().
rng = np.random.default_rng(29)
for name, x in [("[-10, 10]", rng.uniform(-10.0, 10.0, 1000)), ("[-1, 1]", rng.uniform(-1.0, 1.0, 600)),
                ("[-1e-3, 1e-3]", rng.uniform(-1e-3, 1e-3, 300)), ("[-1e300, 1e300]", rng.uniform(-1e300, 1e300, 200)),
                ("exp(U(-50, 50))", np.exp(rng.uniform(-50.0, 50.0, 500))), ("[7.8, 8]", rng.uniform(7.8, 8.0, 200))]:
    print("arctan", name, " ".join(v.hex() for v in np.arctan(x).tolist()))
special = np.array([0.0, -0.0, 1.0, -1.0, 0.125, 0.375, 3.875, 7.875, 5e-324, 1e-300, 2.0**128, 1.7976931348623157e308,
                    np.inf, -np.inf, np.nan])
print(" ".join(v.hex() for v in np.arctan(special).tolist()))
print(np.arctan(np.float64(0.5)), np.arctan(2), np.arctan(np.arange(-4.0, 4.0)[::3]))
