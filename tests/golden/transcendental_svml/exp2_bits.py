import numpy as np
# float64 np.exp2 is Intel SVML's __svml_exp28_ha on the oracle's AVX-512 CPU:
# results printed as float.hex().
rng = np.random.default_rng(13)
for name, x in [("[-5, 5]", rng.uniform(-5.0, 5.0, 1000)), ("[-1070, 1020]", rng.uniform(-1070.0, 1020.0, 800)),
                ("[-1e-3, 1e-3]", rng.uniform(-1e-3, 1e-3, 300)), ("[-1e-17, 1e-17]", rng.uniform(-1e-17, 1e-17, 100)),
                ("[-1080, -1020]", rng.uniform(-1080.0, -1020.0, 300)), ("[1021, 1024]", rng.uniform(1021.0, 1024.0, 200))]:
    print("exp2", name, " ".join(v.hex() for v in np.exp2(x).tolist()))
special = np.array([0.0, -0.0, 1.0, -1.0, 0.5, 10.0, -1022.0, -1074.0, -1075.0, 1023.0, 1023.9999999999999,
                    1021.99951171875, -np.inf, np.nan, 5e-324, -0.0625])
print(" ".join(v.hex() for v in np.exp2(special).tolist()))
print(np.exp2(np.array([1024.0, np.inf])), np.exp2(np.float64(0.5)), np.exp2(10), np.exp2(np.arange(0.0, 9.0)[::2]))
