import math

# Each of CPython's one-argument float functions over ordinary, tiny,
# huge and special arguments: the value, or the exception it raises.
xs = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 1e-10, 3.7, -2.5, 10.0, 100.0, 710.0, 1e308, -1e308,
      float('inf'), float('-inf'), float('nan'), 5, -3, True]
names = ['sqrt', 'exp', 'exp2', 'expm1', 'log', 'log10', 'log2', 'log1p', 'sin', 'cos', 'tan',
         'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'cbrt',
         'fabs', 'erf', 'erfc', 'gamma', 'lgamma', 'degrees', 'radians', 'isnan', 'isinf',
         'isfinite', 'ceil', 'floor', 'trunc', 'modf', 'frexp', 'ulp']
for name in names:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except Exception as e:
            out.append(f"{type(e).__name__}({e})")
    print(name, ' '.join(out))

pairs = [(1.0, 2.0), (-1.0, 2.0), (0.0, -0.0), (-0.0, 0.0), (3.0, 0.0), (0.0, 0.0), (2.0, 1024.0),
         (-8.0, 1 / 3), (7.5, -2.0), (-7.5, 2.0), (5.0, 2.0), (4.5, 1.0), (3.5, 1.0), (1e308, 1e-308),
         (float('inf'), 2.0), (2.0, float('inf')), (float('-inf'), 3.0), (0.5, float('-inf')),
         (float('nan'), 0.0), (1.0, float('nan')), (-2.0, 3), (10, 3)]
for name in ['atan2', 'copysign', 'remainder', 'fmod', 'pow', 'hypot', 'nextafter', 'log']:
    f = getattr(math, name)
    out = []
    for x, y in pairs:
        try:
            out.append(repr(f(x, y)))
        except Exception as e:
            out.append(f"{type(e).__name__}({e})")
    print(name, ' '.join(out))

print(math.hypot(), math.hypot(-3), math.hypot(3, 4, 12), math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308))
print(math.dist((0, 0), (3, 4)), math.dist([1.5, 2.5, -1], (0.1, 0.2, 0.3)), math.dist((), ()))
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(3.0, -1075),
      math.ldexp(1.5, -1074), math.ldexp(-0.0, 5), math.ldexp(5.0, -10**20), math.ldexp(0.75, 1024))
for bad in [lambda: math.ldexp(1.0, 1024), lambda: math.ldexp(1.0, 10**20), lambda: math.ldexp(1.0, 2.0),
            lambda: math.dist((1, 2), (1, 2, 3)), lambda: math.sqrt('4'), lambda: math.exp(10**400)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(math.gamma(0.5) ** 2, math.gamma(-0.5), math.gamma(171.5), math.gamma(-170.5), math.gamma(1e-30), math.gamma(-200.5))
print(math.lgamma(0.5), math.lgamma(-0.5), math.lgamma(1e300), math.lgamma(-1e-25), math.lgamma(3.0), math.lgamma(-2.5))
print(math.frexp(1e-310), math.frexp(-8.0), math.modf(-3.75), math.modf(float('-inf')))
print(math.ulp(0.0), math.ulp(1e308), math.ulp(float('inf')), math.ulp(-2.0), math.nextafter(0.0, -1.0))
