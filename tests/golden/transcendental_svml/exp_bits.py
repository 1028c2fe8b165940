import numpy as np
# float64 np.exp is Intel SVML's __svml_exp8_ha on the oracle's AVX-512 CPU:
# every result is printed as float.hex() so that a last-bit difference shows.
rng = np.random.default_rng(7)
for lo, hi, n in [(-745.0, 710.0, 1500), (-5.0, 5.0, 1500), (-1e-3, 1e-3, 200),
                  (-760.0, -700.0, 400), (700.0, 712.0, 200)]:
    x = rng.uniform(lo, hi, n)
    print(lo, hi, " ".join(v.hex() for v in np.exp(x).tolist()))
special = np.array([0.0, -0.0, 1.0, -1.0, 0.5, 100.0, -100.0, 5e-324, -5e-324, 1e-300,
                    1e-17, 709.782712893384, 709.7827128933841, -745.1332191019411,
                    -745.1332191019412, -708.3964185322641, 707.7032713517042,
                    -707.7032713517042, np.inf, -np.inf, np.nan, 1e308, -1e308])
with np.errstate(over="ignore"):
    print(" ".join(v.hex() for v in np.exp(special).tolist()))
print(np.exp(special[:4]))
print(np.exp(special[11:13]))
print(np.exp(np.float64(-3.5584038728036624)), np.exp(np.array(26.0)), np.exp(special[::3][:5]))
r = rng.normal(0.0005, 0.01, 250)
print(np.exp(np.cumsum(np.log(1 + r)))[-5:])
