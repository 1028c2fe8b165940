from functools import cache, lru_cache
from collections import defaultdict, Counter
from dataclasses import dataclass, field
import statistics
@dataclass(frozen=True)
class P:
    x: int
    y: int = field(default=0, compare=False)
class Grid:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, o):
        return self.n == o.n
    @lru_cache(maxsize=None)
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)
g = Grid(3)
print(g.paths(3, 3), Grid.paths.cache_info())
print(Grid(3).paths(2, 2), Grid.paths.cache_info())
@cache
def f(p):
    return p.x * 2
print(f(P(1, 5)), f(P(1, 7)), f.cache_info())
print({P(1, 2), P(1, 3)})
dd = defaultdict(int)
for p in [P(1), P(2), P(1, 9)]:
    dd[p] += 1
print(dd)
print(statistics.mode([P(1), P(2), P(2)]))
print(max(dd, key=dd.get), sorted(Counter([P(3), P(3), P(4)]).elements(), key=lambda p: p.x))
print(list(dict.fromkeys([P(2), P(1), P(2, 5)])))
