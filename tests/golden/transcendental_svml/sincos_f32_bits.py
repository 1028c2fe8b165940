import numpy as np
# float32 np.sin/np.cos are NumPy's own simd_sincos_f32 (Cody-Waite reduction, a
# polynomial per quadrant), for every stride, 0-d arrays and scalars; beyond
# 117435.992 (sin) / 71476.0625 (cos) they call libc's sinf/cosf.
rng = np.random.default_rng(29)
for name, x in [("[-4, 4]", rng.uniform(-4.0, 4.0, 600)), ("[-1e4, 1e4]", rng.uniform(-1e4, 1e4, 600)),
                ("[6e4, 2e5]", rng.uniform(6e4, 2e5, 300)), ("[-1e-5, 1e-5]", rng.uniform(-1e-5, 1e-5, 50))]:
    x = x.astype(np.float32)
    print("sin", name, " ".join(float(v).hex() for v in np.sin(x).tolist()))
    print("cos", name, " ".join(float(v).hex() for v in np.cos(x).tolist()))
special = np.array([0.0, -0.0, 1.0, -1.0, 1e-45, 1.5707964, 3.1415927, 71476.0625, 71476.07, 117435.992, 117436.0,
                    1e30, 3.4028235e38, np.inf, -np.inf, np.nan], dtype=np.float32)
with np.errstate(invalid="ignore"):
    print(" ".join(float(v).hex() for v in np.sin(special).tolist()))
    print(" ".join(float(v).hex() for v in np.cos(special).tolist()))
print(np.sin(np.float32(0.5)), np.cos(np.float32(2.0)), np.sin(np.arange(8, dtype=np.float32)[::3]), np.cos(np.int16(3)))
print(np.sin(np.linspace(-3, 3, 7, dtype=np.float16)), np.cos(np.arange(6, dtype=np.float32).reshape(2, 3).T))
