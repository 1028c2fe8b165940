import copy
from collections import Counter, OrderedDict
from dataclasses import dataclass
@dataclass(frozen=True)
class C:
    v: int
a = Counter([C(1), C(2), C(2)])
b = Counter([C(2), C(3)])
print(a + b)
print(a - b, a & b, a | b)
d = {C(1): 1}
print(d | {C(1): 2, C(5): 3})
d |= {C(7): 0}
print(d)
print(copy.deepcopy(d), copy.copy(d))
od = OrderedDict([(C(1), 'a'), (C(2), 'b')])
od.move_to_end(C(1))
print(od)
print(d.keys() & {C(1)}, {C(1), C(9)} - d.keys())
print([C(1), C(2)].index(C(2)), [C(1), C(1)].count(C(1)), C(2) in [C(1), C(2)])
print(frozenset([C(1)]) in {frozenset([C(1)])})
print(set(d), dict(zip([C(1), C(1)], 'ab')))
x = {C(i % 4): i for i in range(10)}
print(x)
print(sorted({C(3), C(1)}, key=lambda c: c.v))
import numpy as np
print(hash(C(np.int64(3))) == hash(C(3)))
