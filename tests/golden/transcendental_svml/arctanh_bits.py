import numpy as np
# float64 np.arctanh is Intel SVML's __svml_atanh8_ha on the oracle's AVX-512 CPU:
# results printed as float.hex().
rng = np.random.default_rng(53)
for name, x in [("[-1, 1]", rng.uniform(-1.0, 1.0, 1500)), ("[0.999, 1]", rng.uniform(0.999, 1.0, 400)),
                ("[-1, -0.999]", rng.uniform(-1.0, -0.999, 300)), ("1 - [0, 1e-12]", 1 - rng.uniform(0, 1e-12, 200)),
                ("[-0.1, 0.1]", rng.uniform(-0.1, 0.1, 500)), ("[-1e-4, 1e-4]", rng.uniform(-1e-4, 1e-4, 300)),
                ("[-1e-9, 1e-9]", rng.uniform(-1e-9, 1e-9, 100))]:
    print("arctanh", name, " ".join(v.hex() for v in np.arctanh(x).tolist()))
special = np.array([0.0, -0.0, 0.5, -0.5, 0.9999999999999999, -0.9999999999999999, 5e-324, -1e-300, 1.0, -1.0, np.nan])
print(" ".join(v.hex() for v in np.arctanh(special).tolist()))
print(repr(np.arctanh(0.5)), repr(np.arctanh(-0.9)), repr(np.arctanh(np.float64(0.25))), np.arctanh(0))
print(np.arctanh(np.linspace(-0.9, 0.9, 7)[::2]), np.arctanh(np.array([[0.1, 0.7], [-0.3, 0.99]]).T))
print(np.arctanh(np.array([2.0, -1.5, np.inf])))
