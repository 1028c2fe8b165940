import numpy as np

class RunningSum:
    """Keeps a running total."""
    count = 0

    def __init__(self, start=0):
        self.total = start
        self.history = [start]
        RunningSum.count += 1

    def add(self, x):
        self.total += x
        self.history.append(self.total)
        return self

    def __repr__(self):
        return f"RunningSum(total={self.total})"

    def __len__(self):
        return len(self.history)

    @property
    def last(self):
        return self.history[-1]

    @staticmethod
    def describe():
        return "a running sum"

    @classmethod
    def from_list(cls, xs):
        r = cls()
        for x in xs:
            r.add(x)
        return r

r = RunningSum()
r.add(3).add(4)
print(r, len(r), r.last, r.history)
print(RunningSum.describe(), RunningSum.count)
s = RunningSum.from_list([1, 2, 3])
print(s, RunningSum.count, np.array(s.history).cumsum())
print(repr(s), str(s), f"{s}", f"{s!r:>30}", "%s" % s)
print([r, s])
print(type(r).__name__, type(r), isinstance(r, RunningSum), isinstance(1, RunningSum))
print(RunningSum.__name__, RunningSum.__doc__ if hasattr(RunningSum, '__doc__') else None)

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __str__(self):
        return f"<{self.x}, {self.y}>"

v = Vec(1, 2) + Vec(3, 4)
print(v, 2 * v, v * 3, v == Vec(4, 6), v != Vec(4, 6), list(v), v[1])
a, b = v
print(a, b, np.array(list(v)).cumsum())

class Base:
    def __init__(self, n):
        self.n = n
    def total(self):
        return sum(range(self.n))
    def who(self):
        return "base"

class Child(Base):
    def __init__(self, n, k):
        super().__init__(n)
        self.k = k
    def who(self):
        return "child of " + super().who()

c = Child(5, 2)
print(c.n, c.k, c.total(), c.who(), isinstance(c, Base), issubclass(Child, Base))
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    RunningSum(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Vec(1, 2) < Vec(2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    len(v)
except TypeError as e:
    print("TypeError:", e)
print(callable(r), callable(RunningSum), bool(RunningSum()), bool(Vec(0, 0)))
setattr(c, 'extra', 5)
print(c.extra, getattr(c, 'k'), hasattr(c, 'zz'))
print(c.__dict__)
def deco(f):
    def wrapper(*args):
        print("calling", f.__name__)
        return f(*args)
    return wrapper
@deco
def sq(x):
    return x * x
print(sq(4))
