import numpy as np
# float64 np.arccos is Intel SVML's __svml_acos8_ha on the oracle's AVX-512 CPU:
# results printed as float.hex().
rng = np.random.default_rng(41)
for name, x in [("[-1, 1]", rng.uniform(-1.0, 1.0, 1500)), ("[0.99, 1]", rng.uniform(0.99, 1.0, 400)),
                ("[-1, -0.99]", rng.uniform(-1.0, -0.99, 300)), ("+-[0.45, 0.55]", rng.choice([-1, 1], 400) * rng.uniform(0.45, 0.55, 400)),
                ("[-1e-3, 1e-3]", rng.uniform(-1e-3, 1e-3, 300)), ("+-(1 - 2^-k)", rng.choice([-1, 1], 100) * (1 - 2.0 ** -rng.integers(1, 53, 100)))]:
    print("arccos", name, " ".join(v.hex() for v in np.arccos(x).tolist()))
special = np.array([0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 0.49999999999999994, 5e-324, -1e-300, 0.9999999999999999, np.nan])
print(" ".join(v.hex() for v in np.arccos(special).tolist()))
print(np.arccos(np.array([1.5, -np.inf])), np.arccos(np.float64(0.5)), np.arccos(-1), np.arccos(np.linspace(-1, 1, 9)[::3]))
