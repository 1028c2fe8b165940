import numpy as np
# float64 np.arctan2 is Intel SVML's __svml_atan28_ha on the oracle's AVX-512
# CPU when neither input overlaps the output (broadcast scalars included).
# Results printed as float.hex().
rng = np.random.default_rng(37)
y, x = rng.uniform(-10, 10, 800), rng.uniform(-10, 10, 800)
print("arctan2 [-10, 10]^2", " ".join(v.hex() for v in np.arctan2(y, x).tolist()))
y, x = rng.uniform(-1, 1, 400), rng.uniform(-1e-3, 1e-3, 400)
print("arctan2 steep", " ".join(v.hex() for v in np.arctan2(y, x).tolist()))
print("arctan2 scalar x", " ".join(v.hex() for v in np.arctan2(y, 0.7).tolist()))
print("arctan2 scalar y", " ".join(v.hex() for v in np.arctan2(-0.3, x).tolist()))
b = np.ldexp(rng.uniform(0.5, 1.0, 400), rng.integers(-1000, 1000, 400)) * rng.choice([-1, 1], 400)
print("arctan2 binades", " ".join(v.hex() for v in np.arctan2(b, b[::-1]).tolist()))
s = np.array([0.0, -0.0, 1.0, -1.0, np.inf, -np.inf, np.nan, 1e300, 1e-310, 2.0 ** 993, 2.0 ** -1020])
ys, xs = np.meshgrid(s, s)
print(" ".join(v.hex() for v in np.arctan2(ys, xs).ravel().tolist()))
print(np.arctan2(1.0, -1.0), np.arctan2(np.float64(-2), 3), np.arctan2([1, 2], [3.0, -4.0]), np.arctan2(np.arange(6.0).reshape(2, 3).T, 2))
# accumulate's output overlaps its input, so NumPy's loop calls libm's atan2;
# ufunc.at takes the vector loop (SVML).
z = rng.uniform(-10, 10, (40, 3))
print("accumulate", " ".join(v.hex() for v in np.arctan2.accumulate(z.ravel()).tolist()))
print("accumulate axis 0", " ".join(v.hex() for v in np.arctan2.accumulate(z, axis=0).ravel().tolist()))
a = z[:, 0].copy()
np.arctan2.at(a, np.arange(40), z[:, 1])
print("at", " ".join(v.hex() for v in a.tolist()))
