from collections import Counter, defaultdict, OrderedDict
import collections
import numpy as np
c = Counter('abracadabra')
print(c)
print(c.most_common(3), c.most_common(), c['z'], c['a'])
print(sorted(c.elements()), c.total(), len(c))
c.update('aaz')
print(c)
c.subtract({'a': 10, 'q': 1})
print(c)
d = Counter(a=3, b=1) + Counter(a=1, b=2, c=5)
print(d, Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter(), Counter([1, 1, 2]), Counter({'x': 2, 'y': 5}))
print(Counter(np.array([3, 1, 3, 3]).tolist()).most_common(1))
words = ['x', 'y', 'x']
cnt = Counter()
for w in words:
    cnt[w] += 1
print(cnt, dict(cnt), list(cnt.items()), type(cnt).__name__)
dd = defaultdict(list)
dd['a'].append(1)
dd['b'].append(2)
dd['a'].append(3)
print(dd, dd['a'], dict(dd), 'q' in dd, len(dd))
di = defaultdict(int)
for ch in 'hello':
    di[ch] += 1
print(di, di.default_factory)
print(defaultdict(None, {1: 2}))
try:
    defaultdict(None)['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a')
print(od, od.popitem(), od.popitem(last=False), od, OrderedDict())
