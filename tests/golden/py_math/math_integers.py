import math
import numpy as np

print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 27), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(4, 0), math.lcm(3, 5, 7), math.lcm(True, 4))
print(math.gcd(np.int64(12), 8), math.isqrt(np.int32(17)), math.comb(np.int64(10), 3))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 1), math.isqrt(True))
print(math.comb(5, 2), math.comb(5, 0), math.comb(5, 5), math.comb(5, 6), math.comb(100, 50), math.comb(0, 0))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(5, 6), math.perm(20, 10), math.perm(5, None))
print([math.comb(6, k) for k in range(7)], sum(math.comb(10, k) for k in range(11)))
print(math.factorial(0), math.factorial(10), math.factorial(np.int8(5)))
for bad in [lambda: math.gcd(1.5, 2), lambda: math.lcm(2, "3"), lambda: math.isqrt(-1),
            lambda: math.isqrt(2.0), lambda: math.comb(-1, 2), lambda: math.comb(5, -2),
            lambda: math.comb(5.0, 2), lambda: math.perm(-3, 1), lambda: math.perm(3, -1),
            lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.trunc("x"),
            lambda: math.comb(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(math.trunc(-2.7), math.trunc(3), math.trunc(np.float64(-1.5)), math.trunc(True))
