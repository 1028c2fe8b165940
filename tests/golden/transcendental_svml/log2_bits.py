import numpy as np
# float64 np.log2 is Intel SVML's __svml_log28_ha on the oracle's AVX-512 CPU:
# results printed as float.hex().
rng = np.random.default_rng(11)
for name, x in [("(0, 1e300]", rng.uniform(0.0, 1e300, 600)), ("(0, 2]", rng.uniform(0.0, 2.0, 1000)),
                ("exp(U(-700, 700))", np.exp(rng.uniform(-700.0, 700.0, 600))),
                ("1 +- 1e-6", 1 + rng.uniform(-1e-6, 1e-6, 300)), ("1 +- 0.1", 1 + rng.uniform(-0.1, 0.1, 300)),
                ("subnormal", rng.uniform(0.0, 2.2250738585072014e-308, 200))]:
    print("log2", name, " ".join(v.hex() for v in np.log2(x).tolist()))
special = np.array([1.0, 2.0, 0.5, 1024.0, 3.0, 1e-300, 5e-324, 0.1, np.inf, np.nan, 1.7976931348623157e308])
print(" ".join(v.hex() for v in np.log2(special).tolist()))
print(np.log2(np.array([0.0, -0.0])), np.log2(np.array([-1.0, -np.inf])))
print(np.log2(np.float64(10.0)), np.log2(7), np.log2(np.arange(1.0, 9.0)[::3]))
