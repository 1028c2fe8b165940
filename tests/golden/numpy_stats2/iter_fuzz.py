# Sums of strided and transposed views: every bit depends on NumPy's
# buffered iteration (axis order, coalescing, core and buffer sizes).
import numpy as np
rng = np.random.default_rng(5)
shapes = [(3, 5000), (5000, 3), (64, 300), (20, 30, 40), (7, 9, 130), (2, 3, 4, 500), (300, 2, 50), (9000,), (4100, 2), (2, 4100)]
for shp in shapes:
    base = rng.random(tuple(s + 1 for s in shp))
    for k in range(4):
        st = [int(rng.integers(0, 2)) for _ in shp]
        sp = [int(rng.integers(1, 3)) for _ in shp]
        if len(shp) == 1:
            v = base[st[0]::sp[0]]
        elif len(shp) == 2:
            v = base[st[0]::sp[0], st[1]::sp[1]]
        elif len(shp) == 3:
            v = base[st[0]::sp[0], st[1]::sp[1], st[2]::sp[2]]
        else:
            v = base[st[0]::sp[0], st[1]::sp[1], st[2]::sp[2], st[3]::sp[3]]
        if k % 2 == 1:
            v = v.T
        out = [repr(np.sum(v).item()), repr(np.mean(v).item())]
        for ax in range(v.ndim):
            out.append(repr(float(np.sum(v, axis=ax).ravel()[-1])))
        if v.ndim >= 2:
            out.append(repr(float(np.sum(v, axis=(0, v.ndim - 1)).ravel()[0])))
        if k % 2 == 0:
            f = v.astype(np.float32)
            out.append(repr(np.sum(f).item()))
            out.append(repr(np.sum(f, dtype=np.float64).item()))
        out.append(repr(np.sum(v.astype(np.float32), dtype=np.float64, axis=0).ravel()[0].item()))
        print(shp, k, v.shape, " ".join(out))
