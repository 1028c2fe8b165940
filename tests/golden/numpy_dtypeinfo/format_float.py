# np.format_float_positional / np.format_float_scientific: Dragon4 digits of
# float16/32/64 scalars and Python numbers, every option, and the checks.
import numpy as np
f = np.format_float_positional
s = np.format_float_scientific
vals = [0.1, 1/3, 2.5, 0.125, 0.375, 1e20, 1.5e-7, -0.0, 123456.789, 2**70, 7, True,
        np.float32(0.1), np.float16(0.1), np.float32(1/3), np.int64(-12), np.array(1.5)]
for v in vals:
    print(repr(f(v)), repr(s(v)))
for kw in [dict(precision=2), dict(precision=0), dict(precision=3, unique=False), dict(trim='.'),
           dict(trim='0'), dict(trim='-'), dict(sign=True), dict(pad_left=6), dict(pad_right=6),
           dict(min_digits=5), dict(precision=4, min_digits=2, unique=False), dict(precision=1, trim='-')]:
    print(kw, [f(v, **kw) for v in [0.1, 2.0, -3.25, 1/7, 0.0005]])
for kw in [dict(precision=2), dict(exp_digits=3), dict(trim='-'), dict(sign=True, pad_left=3),
           dict(precision=3, unique=False), dict(min_digits=4)]:
    print(kw, [s(v, **kw) for v in [0.1, 2.0, -3.25, 1/7, 12345.678]])
print([f(v, sign=True, pad_left=5, pad_right=3) for v in [np.nan, np.inf, -np.inf]])
print([s(v, sign=True) for v in [np.nan, np.inf, -np.inf]])
for kw in [dict(precision=-1), dict(trim='x'), dict(trim=5), dict(precision=1, min_digits=3),
           dict(pad_left=-2), dict(unique=False), dict(precision=1.5)]:
    try:
        print(f(1.25, **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in ['1.5', 1 + 2j]:
    try:
        f(bad)
    except TypeError as e:
        print("TypeError", e)
print(f"{np.format_float_positional(np.cumsum([0.1] * 10)[-1], precision=3)} vs {np.cumsum([0.1] * 10)[-1]}")
