# `from math import *` binds every public name of math (it has no __all__),
# shadowing the builtin pow; numpy's star import afterwards shadows them back.
from math import *
print(pi, e, tau, inf, nan, sqrt(2), floor(2.5), pow(2, 10), fsum([0.1] * 10), isqrt(17))
print(gcd(12, 18), lcm(4, 6), comb(5, 2), perm(5, 2), factorial(5), ulp(1.0), nextafter(1.0, 2.0))
import math
print(type(pow).__name__, pow is math.pow)
from numpy import *
print(sqrt(2), type(sqrt(2)).__name__, floor(2.5), pi)
