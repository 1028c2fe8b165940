import pprint
from collections import OrderedDict, defaultdict, Counter, deque
import numpy as np
c = np.cumsum(np.arange(1, 16)).tolist()
od = OrderedDict((f'key{i}', c[:i]) for i in range(1, 8))
pprint.pprint(od, width=40)
dd = defaultdict(list)
for i, v in enumerate(c):
    dd[v % 4].append(v)
pprint.pprint(dd, width=40)
pprint.pprint(Counter('the running sum of the cumulative totals'), width=40)
pprint.pprint(deque(c), width=30)
pprint.pprint(deque(c, maxlen=10), width=30)
pprint.pprint(deque(c, maxlen=10), width=30, compact=True)
pprint.pprint([OrderedDict(), defaultdict(int), Counter(), deque()], width=5)
a = [1, 2]
a.append(a)
s = pprint.pformat(a)
print(s[:s.index('id=')])
print(pprint.isrecursive(a), pprint.isreadable(a), pprint.isreadable([1, 'x']), pprint.isreadable(np.arange(3)))
d = {'x': 1}
d['self'] = d
s = pprint.saferepr(d)
print(s[:s.index('id=')])
pprint.pprint((c,), width=30)
pprint.pprint({'k': [(1, 2), (3, 4)] * 5}, width=30, depth=3)
pprint.pprint([[[[1]]]], depth=2)
pprint.pprint([1, 'a', None, 2.5, (1,)], width=8)
pprint.pprint({'a': 1, 1: 'a', (1, 2): 3, frozenset(): 4}, width=10)
pprint.pprint(['x' * 100])
pprint.pprint('a' * 100, width=20)
pprint.pprint('word ' * 30, width=30, indent=3)
pprint.pprint(-1234567, underscore_numbers=True)
pprint.pprint([np.float64(1.5), np.int64(3), np.str_('ab')], width=10)
