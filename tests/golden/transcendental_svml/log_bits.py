import numpy as np
# float64 np.log is Intel SVML's __svml_log8_ha on the oracle's AVX-512 CPU:
# every result is printed as float.hex() so that a last-bit difference shows.
rng = np.random.default_rng(11)
cases = [("(0, 1e300]", rng.uniform(0.0, 1e300, 800)), ("(0, 2]", rng.uniform(0.0, 2.0, 1500)),
         ("exp(U(-700, 700))", np.exp(rng.uniform(-700.0, 700.0, 800))),
         ("1 +- 1e-6", 1 + rng.uniform(-1e-6, 1e-6, 400)), ("1 +- 0.1", 1 + rng.uniform(-0.1, 0.1, 800)),
         ("subnormal", rng.uniform(0.0, 2.2250738585072014e-308, 300)),
         ("tiny", rng.uniform(0.0, 1e-320, 100))]
for name, x in cases:
    print(name, " ".join(v.hex() for v in np.log(x).tolist()))
special = np.array([1.0, 2.0, 0.5, np.e, 10.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
                    1e-300, 1.0000000000000002, 0.9999999999999999, 0.75, 1.5, 4.0 / 3.0, np.inf, np.nan])
print(" ".join(v.hex() for v in np.log(special).tolist()))
print(np.log(np.array([0.0, -0.0])))
print(np.log(np.array([-1.0, -np.inf, -5e-324])))
print(np.log(np.float64(0.1)), np.log(np.array(7.0)), np.log(special[::4]), np.log(3))
r = rng.normal(0.0005, 0.01, 250)
print(np.exp(np.cumsum(np.log(1 + r)))[-5:], np.log1p(r[:2]))
