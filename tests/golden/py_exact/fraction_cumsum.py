import numpy as np
import itertools
import statistics
from fractions import Fraction
a = np.cumsum([0.1] * 10)
print(a[-1], a[-1] == 1.0)
exact = list(itertools.accumulate([Fraction(1, 10)] * 10))
print(exact[-1], exact[-1] == 1)
print(exact[:3])
print(statistics.mean([Fraction(1, 3), Fraction(1, 6)]), statistics.mean([Fraction(1, 2), 1]))
print(statistics.median([Fraction(1, 3), Fraction(1, 6), Fraction(5, 6)]))
print(Fraction(a[-1]), Fraction(a[-1]) - 1, float(Fraction(a[-1]) - 1))
b = np.array([Fraction(1, 3)] * 3)
print(b)
print(repr(b.cumsum()))
print(np.cumsum(b))
print(b.sum(), b.dtype)
