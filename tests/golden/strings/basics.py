import numpy as np
a = np.array(['H', 'T', 'H'])
print(repr(a)); print(a); print(repr(a[0]), a[0], type(a[0]))
print(repr(np.array([['a', 'bb'], ['ccc', 'd']])))
print(repr(np.where(np.arange(4) > 1, 'big', 'small')))
rng = np.random.default_rng(0)
flips = rng.choice(['H', 'T'], 10)
print(repr(flips))
print(flips == 'H', (flips == 'H').sum(), np.sum(flips == 'T'))
print(repr(np.unique(flips, return_counts=True)))
print(list(a)); print(a.tolist())
print(repr(np.array(['é', '日本'])))
print(repr(np.array(["it's", 'a"b', 'x\\y', '\n'])))
a[1] = 'HHH'
print(a)
b = a[::-1]
b[0] = 'Z'
print(a, b, a.shape, a.ndim, a.size, len(a))
for s in a:
    print(s, s == 'H', s.lower(), f"<{s}>", s + '!')
d = {}
for s in flips:
    d[s] = d.get(s, 0) + 1
print(d)
print(a[a == 'H'])
print(repr(a.reshape(3, 1)), a.reshape(1, 3).T)
np.random.seed(1)
print(np.random.choice(['up', 'down'], 5))
print(rng.choice(['H', 'T']))
steps = np.where(rng.choice(['H', 'T'], 8) == 'H', 1, -1)
print(steps, steps.cumsum())
print(repr(np.array(['a', 'bb'], dtype='U1')), repr(np.array(['a'], dtype=str)))
print(sorted(np.array(['b', 'a'])))
print(repr(np.array([])), np.array(['x']) != 'x')
c = np.array(['a', 'b', 'c'])
print(repr(c[[0, 2]]), repr(c[1:]), repr(c[np.array([True, False, True])]))
print(np.array(['a', 'b']) == np.array(['a', 'c']))
print(np.where([True, False], ['a', 'bb'], 'ccc'), np.where(np.array([1, 0]), 'x', ['y', 'zz']))
print(np.array(['H', 'T']) == ['H', 'H'], ['T', 'T'] != np.array(['H', 'T']), np.array(['b', 'a']) < 'b')
