import numpy as np
# float64 np.cosh is Intel SVML's __svml_cosh8_ha on the oracle's AVX-512 CPU:
# results printed as float.hex().
rng = np.random.default_rng(23)
for name, x in [("[-5, 5]", rng.uniform(-5.0, 5.0, 1000)), ("[-720, 720]", rng.uniform(-720.0, 720.0, 600)),
                ("[-0.1, 0.1]", rng.uniform(-0.1, 0.1, 400)), ("[-1e-9, 1e-9]", rng.uniform(-1e-9, 1e-9, 100)),
                ("[-30, 30]", rng.uniform(-30.0, 30.0, 400)), ("+-[700, 711]", rng.choice([-1, 1], 300) * rng.uniform(700.0, 711.0, 300))]:
    print("cosh", name, " ".join(v.hex() for v in np.cosh(x).tolist()))
special = np.array([0.0, -0.0, 1.0, -1.0, 5e-324, 1e-300, 707.69, 707.7, 710.4758600739439, -710.4758600739439,
                    np.inf, -np.inf, np.nan])
print(" ".join(v.hex() for v in np.cosh(special).tolist()))
print(np.cosh(np.array([711.0, -711.0])), np.cosh(np.float64(0.5)), np.cosh(2), np.cosh(np.arange(-4.0, 4.0)[::3]))
