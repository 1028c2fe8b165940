import numpy as np
import functools
from functools import partial
cum0 = partial(np.cumsum, axis=0)
print(cum0([[1, 2], [3, 4]]))
print(cum0([[1, 2], [3, 4]], axis=1))
def power(base, exponent):
    return base ** exponent
square = partial(power, exponent=2)
cube = functools.partial(power, exponent=3)
print([square(i) for i in range(5)], cube(3), square(base=4))
p2 = partial(partial(power, 2), exponent=5)
print(p2(), p2.args, p2.keywords, p2.func is power)
print(list(map(partial(round, ndigits=1), np.cumsum([0.25, 0.5, 0.125]).tolist())))
print(partial(np.cumsum, dtype=float).keywords, callable(square), type(square).__name__)
print(partial(max, 3, 7)(5))
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)
try:
    square(2, 3)
except TypeError as e:
    print("TypeError:", e)
print(repr(partial(int, base=2)), partial(int, base=2)('101'))
def f(): pass
g = f
print(f is g, f is (lambda: 0), f == g)
