from dataclasses import dataclass, FrozenInstanceError, field

@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
q = Point(1, 3)
print(p < q, p <= q, p > q, p >= q, sorted([q, p, Point(0)]))
print(Point.__hash__ is not None)
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError", e)
print(p)

@dataclass(repr=False, eq=False)
class Plain:
    v: int
    hidden: int = field(default=0, repr=False, compare=False)

print(Plain(1) == Plain(1))

@dataclass
class Shown:
    v: int
    hidden: int = field(default=0, repr=False, compare=False)
    n: int = field(default=5, init=False)

s = Shown(1, 2)
print(s, s == Shown(1, 9), s.n)
print(Point(1, 2) < (1, 3) if False else "skip")
p.x = 7
