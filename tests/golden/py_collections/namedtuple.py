from collections import Counter, deque
from collections import namedtuple
P = namedtuple('Point', ['x', 'y'])
print(P, P(1, 2), P(y=3, x=4), P._fields, type(P(1,2)))
for f in [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1, x=2), lambda: namedtuple('A', 'x _y'), lambda: namedtuple('A', 'x x'), lambda: namedtuple('1A', 'x'), lambda: namedtuple('A', 'x class'), lambda: namedtuple('A', 'x', defaults=(1, 2))]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
Q = namedtuple('Q', 'a, b c', defaults=[0, 9])
print(Q(1), Q(1, 2), Q(1, c=5), Q._field_defaults, repr(Q))
p = P(1.5, -2)
print(p.x + p.y, p[0], p._asdict(), p._replace(y=10), p == (1.5, -2), len(p), list(p), P._make([5, 6]))
x, y = p
print(x, y, tuple(p), {p: 1}, sorted([P(2, 1), P(1, 2)]))
P = namedtuple("P", "x y")
p = P(1, 2)
print(type(p), isinstance(p, tuple))
print(isinstance(Counter(), dict), type(deque()))
print(isinstance(p, P))
