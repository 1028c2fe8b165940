import numpy as np
# Large and strided operands: the mask is the reduction iterator's third
# operand, so it takes part in the axis order, coalescing and buffering.
x = np.arange(30000) / 7
m = np.arange(30000) % 11 != 3
print(repr(np.sum(x, where=m)), repr(np.sum(x.astype(np.float32), where=m, dtype=np.float64)))
y = x.reshape(100, 300)
print(repr(np.sum(y, where=m.reshape(100, 300))), repr(np.sum(y[:, :299], where=m.reshape(100, 300)[:, :299])))
print(repr(np.sum(y.T, where=m.reshape(100, 300).T)), repr(np.sum(y, where=m.reshape(300, 100).T.T.reshape(100, 300))))
print(repr(np.sum(y, axis=0, where=m[:300])[:5]), repr(np.sum(y, axis=1, where=m[:300])[:5]))
print(repr(np.sum(y, axis=1, where=m[:100].reshape(100, 1))[:5]))
print(repr(np.sum(y, where=m.reshape(300, 100).T)))
print(repr(np.sum(y.astype(np.float32), where=m.reshape(100, 300))), repr(np.sum(y.astype(np.float16), axis=0, where=m[:300])[:4]))
print(repr(np.mean(y, where=m.reshape(100, 300))), repr(np.mean(y[::3, 1::2], axis=1, where=m[:150])[:4]))
z = np.arange(2 * 50 * 120, dtype=np.float64).reshape(2, 50, 120) / 9
mz = (np.arange(2 * 50 * 120).reshape(2, 50, 120) % 7) > 1
print(repr(np.sum(z, axis=(0, 2), where=mz)[:4]), repr(np.sum(z[:, :, :100], where=mz[:, :, :100])))
print(repr(np.add.reduce(z, axis=1, where=mz[0])[:, :3]))
