import numpy as np
# np.frompyfunc ufuncs: repr, attributes, calls, accumulate and reduce along axes, several outputs.
def f(x, y):
    return x + 2.0 * y
f_ufunc = np.frompyfunc(f, 2, 1)
print(f_ufunc, f_ufunc.nin, f_ufunc.nout, f_ufunc.nargs, f_ufunc.__name__, f_ufunc.identity, type(f_ufunc))
a = np.array([1.0, 2.0, 3.0, 4.0])
try:
    print(f_ufunc.accumulate(a))
except Exception as e:
    print(type(e).__name__, e)
a = np.array([1.0, 2.0, 3.0, 4.0], dtype=object)
r = f_ufunc.accumulate(a)
print(repr(r), r, r.dtype, type(r[0]), r.astype(float))
print(repr(f_ufunc(np.arange(3), 1)), repr(f_ufunc(2, 3)))
print(repr(f_ufunc.reduce(a)), repr(f_ufunc.accumulate(np.arange(6).reshape(2, 3), dtype=object)))
print(repr(f_ufunc.accumulate(np.arange(6).reshape(2, 3), axis=1, dtype=object)))
o = np.array([1, 'a', None, [1, 2], 2.5, 10**30], dtype=object)
print(repr(o)); print(o); print(o.dtype, o.shape, o[1], o[3], len(o), o.tolist())
print(repr(np.array([1, 2, 3], dtype=object).cumsum()), np.cumsum(np.array([2**70, 1], dtype=object)))
print(repr(np.arange(3).astype(object)), repr(np.array(5, dtype=object)))
g = np.frompyfunc(lambda x: x * 2, 1, 1)
print(g, repr(g([1, 2, 3])), g(4))
h = np.frompyfunc(divmod, 2, 2)
print(h(7, 2), h([7, 8], 3))
print(repr(np.array([1.5, 2.25], dtype=object) * 2), repr(np.array([[1, 2], [3, 4]], dtype=object)))
