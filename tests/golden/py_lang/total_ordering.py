import numpy as np
import functools
# functools.total_ordering fills in the rich comparisons a class lacks from
# the one ordering it defines (preferring __lt__, __le__, __gt__, __ge__).


@functools.total_ordering
class Series:
    def __init__(self, values):
        self.total = int(np.cumsum(values)[-1])

    def __eq__(self, other):
        if not isinstance(other, Series):
            return NotImplemented
        return self.total == other.total

    def __lt__(self, other):
        if not isinstance(other, Series):
            return NotImplemented
        return self.total < other.total

    def __repr__(self):
        return f"Series(total={self.total})"


a, b, c = Series([1, 2]), Series([4]), Series([3])
print(a < b, a <= b, a > b, a >= b, a == c, a <= c, a >= c, a > c)
print(sorted([b, a, Series([0])]), max(a, b), min([b, c]))
print(Series.__le__(a, b), Series.__ge__(a, 5), a.__gt__(b))
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
try:
    a >= "x"
except TypeError as e:
    print("TypeError:", e)


class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        return self.n >= other.n


Version = functools.total_ordering(Version)
v1, v2 = Version(1), Version(2)
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, v2 > v2, v2 <= v2)


@functools.total_ordering
class Both:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        return self.n > other.n

    def __le__(self, other):
        return "le-as-written"


x, y = Both(1), Both(2)
print(x < y, x > y, x <= y, x >= y)


@functools.total_ordering
class Truthy:
    def __init__(self, n):
        self.n = n

    def __le__(self, other):
        return [self.n] if self.n <= other.n else []


p, q = Truthy(1), Truthy(2)
print(p < q, p > q, p >= q, q >= p, p < p)
print(functools.total_ordering(int) is int)
try:
    @functools.total_ordering
    class Unordered:
        def __eq__(self, other):
            return True
except ValueError as e:
    print("ValueError:", e)


@functools.total_ordering
class Plain:
    pass
