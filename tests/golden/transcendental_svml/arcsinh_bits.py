import numpy as np
# float64 np.arcsinh is Intel SVML's __svml_asinh8_ha on the oracle's AVX-512 CPU:
# results printed as float.hex().
rng = np.random.default_rng(43)
for name, x in [("[-10, 10]", rng.uniform(-10.0, 10.0, 1500)), ("[-1, 1]", rng.uniform(-1.0, 1.0, 500)),
                ("[-0.03, 0.03]", rng.uniform(-0.03, 0.03, 400)), ("[-1e-9, 1e-9]", rng.uniform(-1e-9, 1e-9, 100)),
                ("+-exp[-700, 700]", rng.choice([-1, 1], 400) * np.exp(rng.uniform(-700, 700, 400))),
                ("[2^510, 2^512]", rng.uniform(2.0 ** 510, 2.0 ** 512, 200)), ("[1e300, 1e308]", rng.uniform(1e300, 1e308, 200))]:
    print("arcsinh", name, " ".join(v.hex() for v in np.arcsinh(x).tolist()))
special = np.array([0.0, -0.0, 1.0, -1.0, 2.0, 0.0220947265625, 0.022094726562499997, 2.0 ** 511, 5e-324,
                    -1e-300, 1.7976931348623157e308, -np.inf, np.inf, np.nan])
print(" ".join(v.hex() for v in np.arcsinh(special).tolist()))
print(repr(np.arcsinh(2.0)), repr(np.arcsinh(0.5)), repr(np.arcsinh(np.float64(-3.7))), np.arcsinh(3))
print(np.arcsinh(np.linspace(-5, 5, 7)[::2]), np.arcsinh(np.array([[0.1, 0.7], [1.3, 9.0]]).T))
