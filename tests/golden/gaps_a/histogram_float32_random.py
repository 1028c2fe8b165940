import numpy as np
rng = np.random.default_rng(11)
for trial in range(60):
    dt = (np.float32, np.float16)[trial % 2]
    n = int(rng.integers(1, 300))
    scale = float(10.0 ** rng.integers(-3, 4))
    x = (rng.normal(size=n) * scale).astype(dt)
    if trial % 3 == 0:
        x = np.round(x * 4) / 4
    bins = int(rng.integers(1, 40))
    lo = float(x.min()); hi = float(x.max())
    r = [None, (lo, hi), (np.float32(lo) - 1, hi / 3), (int(np.floor(lo)), int(np.ceil(hi)))][trial % 4]
    try:
        h, e = np.histogram(x, bins=bins, range=r)
        print(trial, h.tolist(), e.dtype, e.tolist()[:2])
        h, e = np.histogram(x, bins=bins, range=r, weights=np.ones(n, np.float32), density=trial % 5 == 0)
        print(h.dtype, h.tolist())
    except Exception as ex:
        print(trial, type(ex).__name__, ex)
