import numpy as np
# float64 np.arcsin is Intel SVML's __svml_asin8_ha on the oracle's AVX-512 CPU:
# results printed as float.hex().
rng = np.random.default_rng(37)
for name, x in [("[-1, 1]", rng.uniform(-1.0, 1.0, 1500)), ("[0.99, 1]", rng.uniform(0.99, 1.0, 400)),
                ("[-1, -0.99]", rng.uniform(-1.0, -0.99, 300)), ("[0.45, 0.55]", rng.uniform(0.45, 0.55, 400)),
                ("[-1e-3, 1e-3]", rng.uniform(-1e-3, 1e-3, 300)), ("1 - 2^-k", 1 - 2.0 ** -rng.integers(1, 53, 100))]:
    print("arcsin", name, " ".join(v.hex() for v in np.arcsin(x).tolist()))
special = np.array([0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 0.49999999999999994, 5e-324, 1e-300, 0.9999999999999999, np.nan])
print(" ".join(v.hex() for v in np.arcsin(special).tolist()))
print(np.arcsin(np.array([1.5, -np.inf])), np.arcsin(np.float64(0.5)), np.arcsin(1), np.arcsin(np.linspace(-1, 1, 9)[::3]))
