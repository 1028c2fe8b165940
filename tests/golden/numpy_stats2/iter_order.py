import numpy as np
# Full and axis sums of non-contiguous arrays: NumPy's buffered iterator
# (core size, coalesced axes, buffers of 8192 cut to whole cores) decides
# where the pairwise blocks start, so every bit shows the rule.
rng = np.random.default_rng(77)
a = rng.random((3, 5001))[:, :5000]
print(repr(np.sum(a).item()), repr(np.sum(a.T).item()), repr(np.mean(a).item()))
b = rng.random((5000, 4))[:, :3]
print(repr(np.sum(b).item()), repr(np.sum(b.T).item()), repr(b.mean().item()))
c = rng.random((100, 101, 4))[:, :100, :3]
print(repr(np.sum(c).item()), repr(np.sum(c.T).item()), repr(np.sum(c.transpose(1, 0, 2)).item()))
d = rng.random((100, 100, 3)).T
print(repr(np.sum(d).item()), repr(np.sum(d[:, ::2]).item()), repr(np.sum(d[::2, :, 1:]).item()))
e = rng.random((10, 4, 4001))[:, :3, :4000]
print(repr(np.sum(e).item()), repr(np.mean(e).item()), repr(np.sum(e.T).item()))
f = rng.random((7, 9000))[::2, ::3]
print(repr(np.sum(f).item()), repr(np.sum(f[:, 1:]).item()), repr(np.sum(f[::-1, ::-2]).item()))
g = rng.random((64, 130, 5))[:, 1:, :]
print(repr(np.sum(g).item()), repr(np.sum(g, axis=(1, 2))[:3].tolist()), repr(np.sum(g, axis=(0, 1))[:3].tolist()))
print(repr(np.sum(g, axis=(0, 2))[:3].tolist()), repr(np.mean(g, axis=(0, 2))[:2].tolist()))
print(repr(np.sum(c, axis=(0, 1)).tolist()), repr(np.sum(c, axis=(2, 0))[:3].tolist()))
print(repr(np.sum(c.T, axis=(1, 2)).tolist()), repr(np.sum(e, axis=(0, 2)).tolist()))
print(repr(np.sum(c, axis=2)[0, :3].tolist()), repr(np.sum(c, axis=1)[0, :3].tolist()), repr(np.sum(c, axis=0)[0, :3].tolist()))
print(repr(np.sum(c.T, axis=0)[0, :3].tolist()), repr(np.sum(e, axis=2)[0].tolist()), repr(np.sum(e.T, axis=0)[0].tolist()))
print(np.sum(c, axis=(0, 2), keepdims=True).shape, np.mean(c, axis=(1, 0)).shape, np.sum(c, axis=()).shape)
# Casting reductions: ints and float32 summed as float64 go through buffers.
k = rng.integers(-10**6, 10**6, (100, 101, 4))[:, :100, :3]
print(repr(np.mean(k).item()), repr(np.mean(k.T).item()), repr(np.mean(k, axis=(0, 1)).tolist()))
h = (rng.random((300, 70)) * 1000).astype(np.float32)[:, :50]
print(repr(np.sum(h).item()), repr(np.sum(h, dtype=np.float64).item()), repr(np.mean(h).item()))
print(repr(np.mean(h.T, dtype=np.float64).item()), repr(np.sum(h, axis=(0, 1), dtype=np.float64).item()))
big = rng.random(20000)
print(repr(big[::2].sum().item()), repr(big.reshape(100, 200)[:, ::3].sum().item()), repr(big.reshape(200, 100).T[::2].sum().item()))
