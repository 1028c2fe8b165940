import numpy as np
# np.tanh for float64 and float32 is NumPy's own SIMD code (simd_tanh_f64/f32,
# from SVML's tanh_la) for every stride, 0-d arrays and scalars; float16
# computes in float32. Results printed as float.hex().
rng = np.random.default_rng(23)
for name, x in [("[-1, 1]", rng.uniform(-1.0, 1.0, 600)), ("[-20, 20]", rng.uniform(-20.0, 20.0, 600)),
                ("[-0.05, 0.05]", rng.uniform(-0.05, 0.05, 200)), ("[-1e-9, 1e-9]", rng.uniform(-1e-9, 1e-9, 50))]:
    print("tanh", name, " ".join(v.hex() for v in np.tanh(x).tolist()))
    print("tanh f32", name, " ".join(float(v).hex() for v in np.tanh(x.astype(np.float32)).tolist()))
special = np.array([0.0, -0.0, 1.0, -1.0, 5e-324, 1e-300, 0.125, 0.1249, 19.0615, 22.0, 1e300, 1.7976931348623157e308,
                    np.inf, -np.inf, np.nan])
print(" ".join(v.hex() for v in np.tanh(special).tolist()))
print(" ".join(float(v).hex() for v in np.tanh(special.astype(np.float32)).tolist()))
print(np.tanh(np.float64(0.5)), np.tanh(np.float32(0.7)), np.tanh(2), np.tanh(np.arange(-4.0, 4.0)[::3]))
print(np.tanh(np.linspace(-3, 3, 7, dtype=np.float16)), np.tanh(np.arange(6, dtype=np.int16).reshape(2, 3).T))
