import pprint
from collections import deque, OrderedDict
d = deque([1, 2])
d.append(d)
print(pprint.saferepr(d))
s = pprint.pformat(d, width=5)
print(s[:s.index("id=")])
l = [1]
o = OrderedDict(a=l)
l.append(o)
s = pprint.pformat(l, width=5)
print(s[:s.index('id=')])
pprint.pp([{'b': 1, 'a': 2}], None, 1, 10)
print(pprint.isreadable(len), pprint.isreadable(1.5), pprint.isreadable([[]]))
dd = {'z': [1] * 40}
dd['me'] = dd
s = pprint.pformat(dd)
print(s[:s.index('id=')])
print(pprint.pformat({'a': 1}, depth=1), pprint.pformat([[1]], depth=1), pprint.saferepr(()))
from collections import Counter, defaultdict
c = Counter(a=1)
x = [c]
od = OrderedDict(k=x)
x.append(od)
s = pprint.pformat(x, width=5)
print(s[:s.index('id=')])
dd = defaultdict(list)
dd['a'].append(dd)
s = pprint.pformat(dd, width=5)
print(s[:s.index('id=')])
