import numpy as np

# Float and complex results follow OpenBLAS's dot kernels (numpy 2.4.6 wheel,
# SkylakeX): windows of 12 and more go through ddot's FMA blocks of 16 and 32.
rng = np.random.default_rng(11)
x = rng.standard_normal(90)
for w in [1, 3, 11, 12, 15, 16, 17, 31, 32, 33, 48, 64]:
    k = rng.uniform(-1, 1, w)
    print(w, np.convolve(x, k, "valid").sum(), np.convolve(x, k)[:3], np.convolve(x, k)[-3:])
    print(w, np.correlate(x, k, "same")[w // 2 : w // 2 + 4])
print(np.convolve(x, np.ones(20) / 20, "valid")[:6])
print(np.convolve(x[:40], x[:70]).tolist()[30:34])
