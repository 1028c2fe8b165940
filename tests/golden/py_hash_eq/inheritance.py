from collections import namedtuple
V = namedtuple("V", "x y")
Pt = namedtuple('Pt', 'x y')
print({V(1, 2), V(1, 2), (1, 2)}, {Pt(1, 2): 'a'}[(1, 2)])
class Base:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Base) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f'{type(self).__name__}({self.k})'
class Child(Base):
    pass
class Child2(Base):
    def __eq__(self, o):
        return False
print({Child(1), Base(1)}, len({Child2(1), Child2(1)}))
class Slotted:
    __slots__ = ('a',)
    def __init__(self, a):
        self.a = a
    def __hash__(self):
        return self.a
    def __eq__(self, o):
        return self.a == o.a
print(len({Slotted(1), Slotted(1)}))
class IntLike:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return self.v == o
print({1: 'one'}.get(IntLike(1)), IntLike(1) in {1, 2})
print({IntLike(2): 'x'}.get(2))
print(Child2.__hash__, Base.__hash__ is Child.__hash__)
from dataclasses import dataclass
@dataclass(frozen=True)
class D:
    a: int
    def __eq__(self, o):
        return True
print(hash(D(3)) == hash((3,)), D.__hash__ is None)
@dataclass
class M:
    a: int
print(M.__hash__)
try:
    {M(1)}
except TypeError as e:
    print(e)
