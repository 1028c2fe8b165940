import numpy as np
# float64 np.power, bit for bit: SVML's __svml_pow8_ha (results as float.hex()).
rng = np.random.default_rng(7)
x = rng.uniform(0, 10, 400)
for name, y in [("0.3", 0.3), ("-1.7", -1.7), ("uniform", rng.uniform(-20, 20, 400)),
                ("integers", rng.integers(-30, 31, 400).astype(float)), ("2.0 array", np.full(400, 2.0))]:
    print(name, " ".join(v.hex() for v in np.power(x, y).tolist()))
# A broadcast exponent of 2, 0.5, -1, 1 or 0 takes the loop's fast path
# (x*x, sqrt, 1/x); an exponent array of the same values goes to SVML.
s = np.array([-0.0, 4.0, -np.inf, 2.0, 0.0])
print(np.power(s, 0.5), np.power(s, np.full(5, 0.5)), np.power(s[:1], np.array([0.5])))
print((np.power(x, 2.0) == x * x).all(), (np.power(x, np.full(400, 2.0)) == x * x).all())
print(np.power(np.array([0.0, 2.0]), -1.0), np.power(np.array([0.0, 2.0]), -1.5))
# Negative bases, the thresholds, and the special values.
print(np.power(np.array([-2.0, -2.0, -8.0, -0.5]), np.array([3.0, 4.0, 1 / 3, -1075.0])))
print(np.power(np.array([10.0, 10.0, 2.0, 2.0, 2.0]), np.array([308.3, 400.0, -1074.0, -1075.0, 1023.9])))
print(repr(np.power(np.array([0.5, 1.0000001, 0.9999999]), np.array([1074.5, 7.1e9, -7.1e9]))))
sp = np.array([0.0, -0.0, 1.0, -1.0, np.inf, -np.inf, np.nan, 2.5])
print(np.power(sp[:, None], sp[None, :]))
x = np.linspace(0.5, 2, 8)
x **= 1.3
print(repr(x))
