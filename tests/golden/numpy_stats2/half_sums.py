import numpy as np
rng = np.random.default_rng(3)
h = (rng.random((60, 70)) * 10).astype(np.float16)
print(repr(np.sum(h)), repr(np.sum(h, axis=0)[:4]), repr(np.sum(h, axis=1)[:4]))
print(repr(np.sum(h.T)), repr(np.sum(h.T, axis=0)[:4]), repr(np.sum(h[:, ::3], axis=(0, 1))))
print(repr(np.sum(h, axis=(1, 0))), repr(np.mean(h)), repr(np.mean(h, axis=(0, 1))), repr(np.mean(h.T, axis=1)[:3]))
g = (rng.random(20000) * 3).astype(np.float16)
print(repr(np.sum(g)), repr(np.sum(g[::2])), repr(np.sum(g.reshape(100, 200)[:, :150])), repr(np.mean(g)))
print(repr(np.sum(np.ones((2, 3), dtype=np.float16), axis=(0, 1))), repr(np.sum(np.full(5000, 0.1, dtype=np.float16))))
