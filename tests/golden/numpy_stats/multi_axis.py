# Reductions over a tuple of axes: prod/max/min/ptp/var/std/nan* (NumPy's
# iteration order for float products; min/max start from the first element).
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
print(a.prod(axis=(0, 2)), a.max(axis=(0, 2)), a.min(axis=(1, 2)))
print(np.max(a, axis=(0, 1), keepdims=True))
f = np.arange(1, 25, dtype=float).reshape(2, 3, 4) / 7
print(repr(f.prod(axis=(0, 2))), repr(f.prod(axis=(2, 0), keepdims=True)))
print(repr(np.prod(f, axis=(0, 1, 2))), repr(f.transpose(2, 0, 1).prod(axis=(1, 2))))
z = np.zeros((2, 0, 3))
for name in ['sum', 'prod', 'max', 'min']:
    for ax in [(0, 1), (0, 2), (1, 2)]:
        try:
            print(name, ax, repr(getattr(z, name)(axis=ax)), repr(getattr(z, name)(axis=ax, keepdims=True)))
        except ValueError as e:
            print(name, ax, type(e).__name__, e)
s = np.array([[1.0, np.nan], [3, 4]])
print(s.max(axis=(0, 1)), np.min(s, axis=(0, 1)), np.nanmax(s, axis=(0, 1)))
print(np.nanmin(s, axis=(1, 0), keepdims=True), np.nansum(s, axis=(0, 1)), np.nanmean(s, axis=(0, 1)), np.nanprod(s, axis=(0, 1)))
i8 = np.arange(60, dtype=np.int8).reshape(3, 4, 5)
print(repr(i8.prod(axis=(0, 2))), repr(i8.max(axis=(0, 2))), repr(i8.prod(axis=(1, 2), dtype=np.int8)))
b = np.arange(24).reshape(2, 3, 4) % 3 == 0
print(repr(b.max(axis=(0, 2))), repr(b.prod(axis=(0, 2))), repr(b.all(axis=(0, 2))), repr(b.any(axis=(1, 2))))
t = np.arange(24).reshape(2, 3, 4).transpose(2, 0, 1)
print(t.max(axis=(0, 2)), t.prod(axis=(1, 2)), np.amin(t, axis=(0, 1), initial=5), np.prod(t, axis=(0, 1), initial=2))
img = np.random.default_rng(0).integers(0, 256, size=(4, 5, 3))
print(img.max(axis=(0, 1)), img.min(axis=(0, 1)), img.mean(axis=(0, 1)), img.std(axis=(0, 1)))
c = np.arange(1, 13).reshape(3, 4).astype(complex)
print(c.prod(axis=(0, 1)), c.max(axis=(0, 1)))
x = np.arange(24.).reshape(2, 3, 4)
print(x.var(axis=(0, 2)), np.std(x, axis=(0, 1), ddof=1), x.std(axis=(-1, 0)))
print(np.var(x, axis=(0, 2), keepdims=True))
print(np.std(x, axis=(0, 2), where=x > 3))
print(np.ptp(x), np.ptp(x, axis=1), np.ptp(x, axis=(0, 2)), np.ptp(np.arange(6).reshape(2, 3), axis=()))
print(np.count_nonzero(np.eye(3), axis=(0, 1)), np.count_nonzero(np.eye(3), axis=()), np.all(np.eye(3), axis=(0, 1)))
try:
    x.max(axis=(0, 0))
except ValueError as e:
    print(e)
