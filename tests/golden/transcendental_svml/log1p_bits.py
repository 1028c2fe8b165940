import numpy as np
# float64 np.log1p is Intel SVML's __svml_log1p8_ha on the oracle's AVX-512 CPU:
# results printed as float.hex().
rng = np.random.default_rng(17)
for name, x in [("[-1, 10]", rng.uniform(-1.0, 10.0, 1000)), ("[-1e-3, 1e-3]", rng.uniform(-1e-3, 1e-3, 400)),
                ("[-1e-12, 1e-12]", rng.uniform(-1e-12, 1e-12, 200)), ("(0, 1e300]", rng.uniform(0.0, 1e300, 400)),
                ("exp(U(-700, 700))", np.exp(rng.uniform(-700.0, 700.0, 400))),
                ("-exp(U(-700, 0))", -np.exp(rng.uniform(-700.0, 0.0, 300))),
                ("-1 + [0, 1e-6]", -1 + rng.uniform(0.0, 1e-6, 200))]:
    print("log1p", name, " ".join(v.hex() for v in np.log1p(x).tolist()))
special = np.array([0.0, -0.0, 1.0, -0.5, 5e-324, -5e-324, 1e-300, 1.7976931348623157e308, np.inf, np.nan,
                    -0.9999999999999999, 2.0**53, -2.0**-53])
print(" ".join(v.hex() for v in np.log1p(special).tolist()))
print(np.log1p(np.array([-1.0])), np.log1p(np.array([-2.0, -np.inf])), np.log1p(np.float64(0.5)), np.log1p(3))
