import numpy as np
# float64 np.sinh is Intel SVML's __svml_sinh8_ha on the oracle's AVX-512 CPU:
# results printed as float.hex().
rng = np.random.default_rng(19)
for name, x in [("[-5, 5]", rng.uniform(-5.0, 5.0, 1000)), ("[-720, 720]", rng.uniform(-720.0, 720.0, 600)),
                ("[-0.1, 0.1]", rng.uniform(-0.1, 0.1, 400)), ("[-1e-9, 1e-9]", rng.uniform(-1e-9, 1e-9, 100)),
                ("[-30, 30]", rng.uniform(-30.0, 30.0, 400)), ("+-[660, 711]", rng.choice([-1, 1], 300) * rng.uniform(660.0, 711.0, 300))]:
    print("sinh", name, " ".join(v.hex() for v in np.sinh(x).tolist()))
special = np.array([0.0, -0.0, 1.0, -1.0, 5e-324, 1e-300, 0.0433, 669.775, 669.776, 710.4758600739439, -710.4758600739439,
                    np.inf, -np.inf, np.nan])
print(" ".join(v.hex() for v in np.sinh(special).tolist()))
print(np.sinh(np.array([711.0, -711.0])), np.sinh(np.float64(0.5)), np.sinh(2), np.sinh(np.arange(-4.0, 4.0)[::3]))
