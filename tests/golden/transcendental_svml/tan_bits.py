import numpy as np
# float64 np.tan is Intel SVML's __svml_tan8_ha on the oracle's AVX-512 CPU:
# Cody-Waite reduction up to |x| = 65536.0035, Payne-Hanek reduction beyond.
# Results printed as float.hex().
rng = np.random.default_rng(31)
for name, x in [("[-1.6, 1.6]", rng.uniform(-1.6, 1.6, 800)), ("[-100, 100]", rng.uniform(-100.0, 100.0, 600)),
                ("[6e4, 7e4]", rng.uniform(6e4, 7e4, 300)), ("[-1e-6, 1e-6]", rng.uniform(-1e-6, 1e-6, 50)),
                ("binades", np.ldexp(rng.uniform(0.5, 1.0, 400), rng.integers(-1074, 1024, 400)) * rng.choice([-1, 1], 400))]:
    print("tan", name, " ".join(v.hex() for v in np.tan(x).tolist()))
special = np.array([0.0, -0.0, 1.0, -1.0, 5e-324, 1e-300, np.pi / 4, np.pi / 2, -np.pi / 2, np.pi, 65536.0, 65536.01,
                    1e22, 1.7976931348623157e308, np.inf, -np.inf, np.nan])
with np.errstate(invalid="ignore"):
    print(" ".join(v.hex() for v in np.tan(special).tolist()))
print(np.tan(np.float64(0.5)), np.tan(2), np.tan(np.arange(-4.0, 4.0)[::3]), np.tan(np.arange(6.0).reshape(2, 3).T))
