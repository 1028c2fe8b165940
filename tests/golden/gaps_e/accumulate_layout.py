import numpy as np
f2 = np.asfortranarray(np.arange(12.).reshape(3, 4))
f3 = np.asfortranarray(np.arange(24).reshape(2, 3, 4))
t2 = np.arange(12).reshape(3, 4).T
sl = np.arange(24).reshape(4, 6)[:, ::2]
fns = [("cumsum", lambda x, **k: np.cumsum(x, **k)), ("cumprod", lambda x, **k: np.cumprod(x, **k)),
       ("add.acc", lambda x, **k: np.add.accumulate(x, **k)), ("nancumsum", lambda x, **k: np.nancumsum(x, **k)),
       ("nancumprod", lambda x, **k: np.nancumprod(x, **k)), ("cumulative_sum", lambda x, **k: np.cumulative_sum(x, **k)),
       ("cumulative_prod", lambda x, **k: np.cumulative_prod(x, **k)), ("m.cumsum", lambda x, **k: x.cumsum(**k)),
       ("max.acc", lambda x, **k: np.maximum.accumulate(x, **k)),
       ("cumsum_incl", lambda x, **k: np.cumulative_sum(x, include_initial=True, **k))]
for name, x in [("f2", f2), ("f3", f3), ("t2", t2), ("sl", sl)]:
    for fn, f in fns:
        for ax in range(x.ndim):
            try:
                r = f(x, axis=ax)
                print(name, fn, ax, r.strides, r.flags['F_CONTIGUOUS'], r.flags['C_CONTIGUOUS'])
            except Exception as e:
                print(name, fn, ax, type(e).__name__, e)
        try:
            r = f(x)
            print(name, fn, None, r.strides)
        except Exception as e:
            print(name, fn, None, type(e).__name__, e)
    r = np.cumsum(x, axis=0, dtype=np.float32); print(name, 'dtype', r.strides)
    out = np.zeros(x.shape); r = np.cumsum(x, axis=0, out=out); print(name, 'out', r.strides)
base = np.arange(24.).reshape(2, 3, 4)
cases = {
    "perm120": base.transpose(1, 2, 0), "perm201": base.transpose(2, 0, 1), "rev": np.asfortranarray(base)[::-1],
    "negF": np.asfortranarray(base)[:, ::-1, :], "unit": np.asfortranarray(np.arange(6.).reshape(1, 6)),
    "unit2": np.asfortranarray(np.arange(6.).reshape(6, 1, 1)), "empty": np.asfortranarray(np.zeros((0, 3))),
    "slF": np.asfortranarray(np.arange(48.).reshape(4, 12))[::2, ::3], "int": np.asfortranarray(np.arange(12).reshape(3, 4)).astype(np.int8),
    "nan": np.asfortranarray(np.array([[1., np.nan], [3., 4.], [np.nan, 6.]])),
}
for name, x in cases.items():
    for ax in range(x.ndim):
        for fname, fn in [('cumsum', np.cumsum), ('cumprod', np.cumprod), ('nancumsum', np.nancumsum), ('add', np.add.accumulate), ('mul', np.multiply.accumulate), ('min', np.minimum.accumulate)]:
            r = fn(x, axis=ax)
            print(name, fname, ax, r.strides, r.flags.f_contiguous, r.flags.owndata, r.tolist() == np.cumsum(x, axis=ax).tolist() if fn is np.cumsum else r.sum())
        r = np.cumulative_sum(x, axis=ax, include_initial=True)
        print(name, 'incl', ax, r.strides, r.sum())
        r = np.cumsum(x, axis=ax, dtype=np.float32)
        print(name, 'f32', ax, r.strides, r.sum())
print(np.cumsum(cases["negF"], axis=1))
print(np.cumsum(cases["perm201"], axis=2))
out = np.zeros((3, 4), order='F')
r = np.cumsum(np.arange(12.).reshape(3, 4), axis=1, out=out)
print(r is out, r.strides)
r = np.cumulative_sum(np.asfortranarray(np.ones((2, 2))), axis=0, include_initial=True, out=np.zeros((3, 2)))
print(r.strides, r)
for bad in [lambda: np.cumsum(f2, axis=2), lambda: np.add.accumulate(f3, axis=(0, 1)), lambda: np.cumulative_sum(f2),
            lambda: np.cumsum(f2, axis=0, out=np.zeros((4, 3)))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
