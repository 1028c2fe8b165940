import numpy as np
a = np.arange(300001, dtype=np.int64) * 7919
c = a.cumsum()
print(c[:3], c[150000:150003], c[-3:], c.sum())
b = np.arange(400000, dtype=np.int8)
print(b.cumsum()[-5:], b.cumsum(dtype=np.int8)[-5:])
print(np.arange(300000, dtype=np.uint32).cumsum(dtype=np.uint32)[-3:])
print(np.arange(1, 300000, dtype=np.int64).cumprod()[-3:])
f = np.arange(300001, dtype=np.float64) / 7
print(repr(f.cumsum()[-3:].tolist()), f.cumsum().sum())
m = (np.arange(600000, dtype=np.float64) / 3).reshape(300, 2000)
print(m.cumsum(axis=0).sum(), m.cumsum(axis=1).sum(), m.cumsum(axis=0)[-1, -3:], m.cumsum(axis=1)[-1, -3:])
t = (np.arange(600000, dtype=np.float32) / 3).reshape(20, 100, 300)
print(t.cumsum(axis=0).astype(np.float64).sum(), t.cumsum(axis=1).astype(np.float64).sum(), t.cumsum(axis=2).astype(np.float64).sum())
print(m.T.cumsum(axis=0)[-1, -3:], m[:, ::2].cumsum(axis=1)[-1, -3:])
print(np.ones((500, 400), dtype=bool).cumsum(axis=0)[-1, :3])
