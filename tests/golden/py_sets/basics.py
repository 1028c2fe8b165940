import numpy as np
print({10, 3, 7, 100})
print(set(range(20, 0, -3)))
print({-1, -2})
print({1, 1.0, np.int64(1)})
s = {x * 7 for x in range(12)}
print(s, len(s))
s.add(5); s.discard(7); s.remove(14)
print(s, 3 in s, 5 in s)
print(s.pop(), s)
a = {1, 2, 3, 4}; b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, b - a)
print(a <= b, {3} < b, a == {4, 3, 2, 1}, a != b, a >= {1})
print(frozenset([3, 1, 2]), frozenset(), set())
print(sorted({5, 1, 3}), sum({1.5, 2.5}), list({8, 16, 24, 32}))
print({(1, 2), (3, 4), (5, 6)})
print({0.5, 1.5, -2.25, 1e100})
print(np.array(list({3, 1, 2})))
x = {1, 2}
x |= {40, 50}
print(x)
x -= {1}
print(x)
x ^= {2, 99}
print(x)
x &= {99, 40}
print(x)
print(a.union([9, 8], (7,)), a.intersection(range(3)), a.difference([1], [2]))
print(a.symmetric_difference([4, 5]), a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7]))
print({frozenset({1, 2}), frozenset({2, 1})})
print(set({'a': 1}.keys()), {1: 2, 3: 4}.keys() & {3})
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    {np.zeros(2)}
except TypeError as e:
    print(e)
try:
    set().pop()
except KeyError as e:
    print(repr(e))
try:
    {1}.remove(2)
except KeyError as e:
    print(repr(e))
print(set(range(100)) - set(range(3, 100)))
big = set(range(50))
for i in range(0, 50, 2):
    big.discard(i)
big.add(1000)
print(big)
