import math
import random

# Many pseudo-random arguments per function: libm's last bit, CPython's
# own gamma/lgamma/hypot and the error rules all show up in the digits.
random.seed(2024)
xs = [random.uniform(-30, 30) for _ in range(300)] + [random.uniform(0, 1) for _ in range(100)]
for name in ['exp', 'exp2', 'expm1', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh',
             'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'cbrt', 'erf', 'erfc', 'gamma', 'lgamma']:
    f = getattr(math, name)
    total = 0.0
    errors = 0
    digest = []
    for x in xs:
        try:
            r = f(x)
            total = math.fsum([total, r])
            digest.append(r.hex()[-6:])
        except (ValueError, OverflowError):
            errors += 1
    print(name, repr(total), errors, ''.join(digest[:40]))
h = [math.hypot(random.uniform(-1e3, 1e3), random.uniform(-1e3, 1e3), random.uniform(-1, 1)) for _ in range(500)]
print(repr(math.fsum(h)), ''.join(x.hex()[-4:] for x in h[:60]))
r = [math.remainder(random.uniform(-100, 100), random.uniform(0.1, 10)) for _ in range(300)]
print(repr(math.fsum(r)), ''.join(x.hex()[-4:] for x in r[:60]))
