import numpy as np
# np.inner of vectors sums as BLAS ?dot does; other dtypes use their dot loop.
x = np.linspace(0.0, 1.0, 1001) * np.linspace(1.0, 2.0, 1001)
y = np.cos(np.arange(1001) * 0.37)
print(repr(np.inner(x, y)))
print(repr(np.inner(np.cumsum(x), np.cumsum(y))))
print(repr(np.inner(x[:37], y[:37])))
xf = x.astype(np.float32)
yf = y.astype(np.float32)
print(repr(np.inner(xf, yf)))
print(repr(np.inner(xf[:100], yf[:100])))
print(repr(np.inner(x.astype(np.float16)[:50], y.astype(np.float16)[:50])))
print(repr(np.inner(x[:20] + 1j * y[:20], y[:20] - 0.5j)))
print(repr(np.inner(np.arange(100, dtype=np.int8), np.arange(100, dtype=np.int8))))
print(repr(np.inner(np.arange(5, dtype=np.uint8), np.arange(5, dtype=np.uint8) * 60)))
a3 = np.arange(24, dtype=float).reshape(2, 3, 4) / 7
b2 = np.arange(8, dtype=float).reshape(2, 4) / 3
print(repr(np.inner(a3, b2)))
print(np.inner(np.arange(24).reshape(2, 3, 4), np.arange(4)).shape)
print(repr(np.inner(np.zeros((2, 0)), np.zeros((3, 0)))))
print(repr(np.inner(np.arange(6).reshape(2, 3), np.arange(6).reshape(2, 3))))
print(repr(np.inner([True, False, True], [True, True, False])))
