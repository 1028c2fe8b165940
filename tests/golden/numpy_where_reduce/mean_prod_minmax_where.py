import numpy as np
a = np.array([[5, 9, 13], [14, 10, 12], [11, 15, 19]])
print(repr(np.mean(a, where=[[True], [False], [False]])), repr(a.mean(axis=1, where=a > 10)))
print(repr(np.mean(a, axis=0, where=a > 10, keepdims=True)), repr(np.mean(a, axis=(0, 1), where=a % 2 == 1)))
f = np.arange(20, dtype=np.float32).reshape(4, 5) / 3
print(repr(np.mean(f, where=f > 1)), repr(np.mean(f, axis=0, where=f > 1)))
print(repr(np.mean(f.astype(np.float16), where=f > 1)), repr(np.mean(f.astype(np.float16), axis=1, where=f > 1)))
print(repr(np.mean(f, where=f > 1, dtype=np.float64)))
print(repr(np.mean(np.arange(6.0), where=[False] * 6)))
print(repr(np.mean(np.arange(6.0).reshape(2, 3), axis=1, where=[[True, False, True], [False, False, False]])))
print(repr(np.mean(f, axis=1, where=[[False] * 5, [True] * 5, [True] * 5, [True] * 5])))
c = np.array([1 + 2j, 3 - 1j, 2j])
print(repr(np.mean(c, where=[True, False, True])))
# prod
p = np.array([[1.5, 2.0, 3.0], [4.0, 0.5, -0.0]])
print(repr(np.prod(p, where=p > 1)), repr(np.prod(p, axis=0, where=p > 1)), repr(p.prod(axis=1, where=p != 0, initial=2)))
print(repr(np.multiply.reduce(p, axis=None, where=p != 2)), repr(np.prod(np.arange(1, 8, dtype=np.int16), where=[True, False] * 3 + [True])))
print(repr(np.prod(p, where=[True, True, False], keepdims=True)))
# max / min
b = np.arange(5, dtype=float)
b[2] = np.nan
print(repr(np.max(b, where=~np.isnan(b), initial=-1)), repr(np.min(b, where=~np.isnan(b), initial=100)), repr(b.max(where=b > 0, initial=-np.inf)))
print(repr(np.amax(a, axis=0, where=a < 14, initial=0)), repr(np.amin(a, axis=1, where=a > 9, initial=99)))
print(repr(np.minimum.reduce([[1, 2], [3, 4]], initial=10, where=[True, False])))
print(repr(np.minimum.reduce([[1., 2.], [3., 4.]], initial=10., where=[True, False])))
print(repr(np.maximum.reduce(np.array([[1., 7.], [np.nan, 4.]]), axis=1, initial=0., where=[[True, True], [False, True]])))
for f in [lambda: np.maximum.reduce(b, where=[False] * 5),
          lambda: np.max(b, where=b > 0),
          lambda: a.min(where=a > 0),
          lambda: np.minimum.reduce(a, axis=0, where=[True, True, False]),
          lambda: np.max(a, where=[True, False], initial=0)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
# A float product's rounding follows the order NumPy's iterator walks the
# operand beside the mask (C order wins when their layouts disagree).
x = (np.arange(1, 61, dtype=float) / 37 + 0.61).reshape(3, 4, 5)
w = (np.arange(60).reshape(3, 4, 5) % 7) != 2
xt = x.transpose(1, 0, 2)
print(repr(np.prod(xt, where=w.transpose(1, 0, 2))), repr(np.prod(xt, where=np.ones((4, 3, 5), bool))))
print(repr(np.prod(x.T, where=w.T)), repr(np.prod(x, axis=1, where=w)), repr(np.prod(x[:, ::-1, 1:], where=w[:, ::-1, 1:])))
