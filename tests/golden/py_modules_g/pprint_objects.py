import pprint
from dataclasses import dataclass
class P:
    def __repr__(self):
        return 'P(\n  multi)'
pprint.pprint([P(), P()] * 3, width=10)
pprint.pprint({'b', 1, 'a', 2, None, (1, 2)}, width=5)
pprint.pprint({2: 'x', 'b': 1, 1.5: 2, 'a': 3, None: 0, (0,): 1}, width=5)
t = ([],)
t[0].append(t)
s = pprint.pformat(t, width=5)
print(s.count('Recursion on tuple'))
@dataclass
class Pt:
    x: int
    y: list
pprint.pprint(Pt(1, [1, 2]))
pprint.pprint([Pt(1, [1, 2])] * 2, width=30)
print(pprint.saferepr(Pt(1, [1])))
pprint.pprint({'a': [1] * 30, 'b': 'x' * 90}, width=50, indent=2)
import numpy as np
pprint.pprint({'arr': np.arange(30).cumsum(), 'f': np.linspace(0, 1, 5)})
pprint.pprint({True: 1, 0: 2, 3.0: 4})
pprint.pprint(range(5))
pprint.pprint([1j, 2+3j, float('nan'), float('inf')], width=8)
@dataclass
class Run:
    label: str
    totals: list
    meta: dict
r = Run('cumsum of 1..20', np.cumsum(np.arange(1, 21)).tolist(), {'axis': 0, 'dtype': 'int64'})
pprint.pprint(r)
pprint.pprint([r, r], width=60)
@dataclass
class Own:
    x: list
    def __repr__(self):
        return 'Own(' + 'z' * 90 + ')'
pprint.pprint([Own([1])])
@dataclass
class Node:
    val: int
    kids: list
n = Node(1, [])
n.kids.append(n)
s = pprint.pformat(n, width=10)
print(s[:s.index("id=")])
