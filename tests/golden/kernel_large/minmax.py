import numpy as np
# Long integer lanes (split into blocks) and float lanes through the fast kernel.
a = (np.arange(300001, dtype=np.int64) * 7919) % 1000003 - 500000
mx = np.maximum.accumulate(a)
mn = np.minimum.accumulate(a)
print(mx[:3], mx[150000:150003], mx[-3:], mx.sum(), mn[-3:], mn.sum())
u = (np.arange(300000, dtype=np.uint16) * 13) % 65521
print(np.maximum.accumulate(u)[-3:], np.minimum.accumulate(u)[-3:])
b = np.arange(300000) % 5 == 4
print(np.maximum.accumulate(b)[:6], np.minimum.accumulate(~b)[:6])
f = (np.arange(300001, dtype=np.float64) * 7919 % 1009) / 7 - 70
f[200000] = np.nan
fx, fn = np.maximum.accumulate(f), np.minimum.accumulate(f)
print(fx[0], fx[199999], fx[200000], fx[-1], fn[0], fn[199999], fn[-1])
z = np.zeros(300000)
z[::2] = -0.0
print(np.maximum.accumulate(z)[-2:], np.minimum.accumulate(z)[-2:], np.maximum.accumulate(z.astype(np.float16))[-2:])
m = ((np.arange(600000, dtype=np.float32) * 31 % 997) / 3 - 150).reshape(300, 2000)
print(np.maximum.accumulate(m, axis=0).astype(np.float64).sum(), np.minimum.accumulate(m, axis=1)[-1, -3:])
s = np.subtract.accumulate(np.arange(300001, dtype=np.int64))
print(s[-3:], np.subtract.accumulate(np.full(300000, 1e305))[-2:])
print(np.subtract.accumulate(np.arange(600000, dtype=np.float64).reshape(300, 2000), axis=0)[-1, -3:])
