import numpy as np
# Annotated assignments: the value is bound, a module or class records a
# simple name's annotation, a function evaluates none of them.
print(__annotations__)
total: int = 0
scale: float
name: "str" = 'cumsum'
values: list = [3, 1, 4, 1, 5]
(paren): int = 7
for v in values:
    total += v
print(total, name, paren, __annotations__)


def running(a: np.ndarray, start: int = 0) -> np.ndarray:
    acc: int = start
    out: list = []
    unused: undefined_name
    for v in a:
        acc += v
        out.append(acc)
    return np.array(out)


print(running(np.arange(5)), running(np.arange(3), start=10))


class Stats:
    count: int = 0
    mean: float
    "not a docstring"

    def __init__(self, data):
        self.data: np.ndarray = np.asarray(data)
        self.count = len(data)


s = Stats([1, 2, 3])
print(Stats.count, s.count, s.data.cumsum(), Stats.__annotations__)
d = {}
d["k"]: int
d["k"]: int = 5
s.extra: float = 2.5
print(d, s.extra)
x: tuple = 1, 2
print(x)
__annotations__["manual"] = bool
print(__annotations__)
try:
    scale
except NameError as e:
    print("NameError:", e)
y: missing_type = 3
