print(dict.fromkeys('abca'), dict.fromkeys([3, 1], 0), {}.fromkeys(range(3), 'x'), dict.fromkeys({5, 2, 9}))
a = {'x': 1}; b = {'y': 2, 'x': 3}
print({**a, **b}, a | b)
d = dict.fromkeys(['a', 'b'], [])
d['a'].append(1)
print(d)
