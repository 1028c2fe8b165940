import numpy as np
# float64 np.arccosh is Intel SVML's __svml_acosh8_ha on the oracle's AVX-512 CPU:
# results printed as float.hex().
rng = np.random.default_rng(47)
for name, x in [("[1, 10]", rng.uniform(1.0, 10.0, 1500)), ("[1, 1.001]", rng.uniform(1.0, 1.001, 500)),
                ("1 + [0, 1e-9]", 1 + rng.uniform(0, 1e-9, 300)), ("[1, 1e6]", rng.uniform(1.0, 1e6, 300)),
                ("exp[0, 700]", np.exp(rng.uniform(0, 700, 400))),
                ("[2^510, 2^512]", rng.uniform(2.0 ** 510, 2.0 ** 512, 200)), ("[1e300, 1e308]", rng.uniform(1e300, 1e308, 200))]:
    print("arccosh", name, " ".join(v.hex() for v in np.arccosh(x).tolist()))
special = np.array([1.0, 1.0000000000000002, 1.000244140625, 2.0, 2.0 ** 511, 1.7976931348623157e308, np.inf, np.nan])
print(" ".join(v.hex() for v in np.arccosh(special).tolist()))
print(repr(np.arccosh(2.0)), repr(np.arccosh(10.0)), repr(np.arccosh(np.float64(1.5))), np.arccosh(3))
print(np.arccosh(np.linspace(1, 5, 7)[::2]), np.arccosh(np.array([[1.1, 1.7], [2.3, 9.0]]).T))
print(np.arccosh(np.array([0.5, -1.0, 0.0, -np.inf])))
