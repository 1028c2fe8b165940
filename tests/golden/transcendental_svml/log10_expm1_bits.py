import numpy as np
# float64 np.log10 and np.expm1 are Intel SVML's __svml_log108_ha and
# __svml_expm18_ha on the oracle's AVX-512 CPU: results printed as float.hex().
rng = np.random.default_rng(5)
for name, x in [("(0, 1e300]", rng.uniform(0.0, 1e300, 600)), ("(0, 2]", rng.uniform(0.0, 2.0, 1000)),
                ("exp(U(-700, 700))", np.exp(rng.uniform(-700.0, 700.0, 600))),
                ("1 +- 1e-6", 1 + rng.uniform(-1e-6, 1e-6, 300)),
                ("subnormal", rng.uniform(0.0, 2.2250738585072014e-308, 200))]:
    print("log10", name, " ".join(v.hex() for v in np.log10(x).tolist()))
for name, x in [("[-5, 5]", rng.uniform(-5.0, 5.0, 1000)), ("[-40, 710]", rng.uniform(-40.0, 709.0, 600)),
                ("[-1e-3, 1e-3]", rng.uniform(-1e-3, 1e-3, 300)), ("[-1e-12, 1e-12]", rng.uniform(-1e-12, 1e-12, 200)),
                ("[-800, -30]", rng.uniform(-800.0, -30.0, 200)), ("[700, 709.78]", rng.uniform(700.0, 709.78, 200))]:
    print("expm1", name, " ".join(v.hex() for v in np.expm1(x).tolist()))
special = np.array([1.0, 10.0, 100.0, 1e-300, 5e-324, 0.1, 2.0, np.inf, np.nan, 1.7976931348623157e308])
print(" ".join(v.hex() for v in np.log10(special).tolist()))
print(np.log10(np.array([0.0, -0.0])), np.log10(np.array([-1.0, -np.inf])))
special = np.array([0.0, -0.0, 1e-300, -1e-300, 5e-324, 1.0, -1.0, 709.78, 709.79, -np.inf, np.inf, np.nan, -745.0])
with np.errstate(over="ignore"):
    print(" ".join(v.hex() for v in np.expm1(special).tolist()))
print(np.expm1(special[:7]), np.expm1(np.float64(0.5)), np.log10(np.float64(3.0)))
print(np.expm1(np.array([710.0])))
