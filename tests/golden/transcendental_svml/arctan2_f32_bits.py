import numpy as np
# float32 np.arctan2 is Intel SVML's __svml_atan2f16 (the LA routine) on the
# oracle's AVX-512 CPU for magnitudes in [2^-125, 2^123): results printed
# exactly, as float.hex().
rng = np.random.default_rng(114)
for lo, hi in [(-1, 1), (-10, 10), (-1e6, 1e6), (-1e-30, 1e-30)]:
    y = rng.uniform(lo, hi, 300).astype(np.float32)
    x = rng.uniform(lo, hi, 300).astype(np.float32)
    print("arctan2", lo, hi, " ".join(v.hex() for v in np.arctan2(y, x).tolist()))
x = rng.uniform(-5, 5, 200).astype(np.float32)
print("equal magnitudes", " ".join(v.hex() for v in np.arctan2(x, -x).tolist()), " ".join(v.hex() for v in np.arctan2(x, x).tolist()))
print(np.arctan2(np.float32(1), np.float32(-1)), np.arctan2(np.array([1, -1, 0, 2], np.float32), np.float32(-3)))
print(np.arctan2(np.array([0.0, -0.0, 0.0, 1.0, np.inf], np.float32), np.array([-0.0, -0.0, 1.0, 0.0, np.inf], np.float32)))
