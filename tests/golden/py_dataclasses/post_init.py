import numpy as np
from dataclasses import dataclass, field

@dataclass
class Series:
    values: list
    total: float = field(init=False)

    def __post_init__(self):
        self.total = float(np.sum(self.values))

    @property
    def running(self):
        return np.cumsum(self.values)

    def scaled(self, k):
        return Series([v * k for v in self.values])

s = Series([1, 2, 3.5])
print(s)
print(s.running, s.total)
print(s.scaled(2))

@dataclass
class Base:
    a: int
    b: int = 2

@dataclass
class Child(Base):
    c: int = 3

print(Child(1), Child(1, 5, 6))

@dataclass
class Custom:
    x: int
    def __repr__(self):
        return f"Custom<{self.x}>"

print(Custom(4), Custom(4) == Custom(4))
