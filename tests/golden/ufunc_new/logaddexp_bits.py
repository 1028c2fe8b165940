import numpy as np
# logaddexp/logaddexp2 call libm's exp, exp2 and log1p (glibc), as NumPy's
# generic loops do: these bits hold where both use glibc.
rng = np.random.default_rng(11)
for lo, hi in [(-5, 5), (-800, 800), (-40, 40)]:
    x = rng.uniform(lo, hi, 400)
    y = rng.uniform(lo, hi, 400)
    for dt in [np.float64, np.float32, np.float16]:
        a = x.astype(dt)
        b = y.astype(dt)
        for f in [np.logaddexp, np.logaddexp2]:
            r = f(a, b).astype(np.float64)
            print(f.__name__, dt.__name__, lo, hi, " ".join(v.hex() for v in r.tolist()))
p = rng.random(12)
p = p / p.sum()
lp = np.log(p)
print(repr(np.logaddexp.accumulate(lp)))
print(repr(np.logaddexp.reduce(lp)))
print(repr(np.logaddexp2.accumulate(np.log2(p).astype(np.float32))))
