d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] += 10
print(d, len(d), 'a' in d, 'z' in d)
for k, v in d.items():
    print(k, v)
print(d.keys(), d.values(), d.items())
print(d.get('z'), d.get('z', 0), d.get('a'))
print(d.setdefault('e', []), d)
d['e'].append(5)
print(d.pop('b'), d)
del d['c']
print(d, d.popitem(), d)
counts = {}
for w in "the cat the dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(max(counts, key=counts.get))
print(sorted(counts.items(), key=lambda kv: -kv[1]))
print(dict(zip('abc', range(3))), dict(a=1, b=2), dict([('x', 1)], y=2))
e = dict(d); e.update({'q': 9}, r=1); print(e, d == e, {1: 2} == {1.0: 2})
print({1: 'a', 1.0: 'b', True: 'c'})
print(list(reversed({'a': 1, 'b': 2})), list(reversed(d.items())))
print({k: v * 2 for k, v in counts.items() if v > 1})
import numpy as np
a = np.array([1, 2, 3])
stats = {'sum': a.sum(), 'cumsum': a.cumsum()}
print(stats)
print(stats['cumsum'][-1] == stats['sum'])
d2 = {np.int64(1): 'x'}
print(d2[1], d2)
print(type(d.keys()), type(iter(d)))
x = d.copy(); x.clear(); print(x, d)
print(f"{counts}")
print(bool({}), bool(counts), sum(counts.values()))
print(list(counts), [k for k in counts])
