import itertools
from itertools import groupby
import numpy as np
print([(k, len(list(g))) for k, g in groupby('aaabccaa')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 6, 7], key=lambda x: x % 2)])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
it = groupby([1, 1, 2])
k1, g1 = next(it)
print(next(g1))
k2, g2 = next(it)
print(list(g1), k2, list(g2))
print(list(groupby([])))
data = np.array([0, 0, 1, 1, 1, 0, 1, 1])
runs = [(int(k), sum(1 for _ in g)) for k, g in groupby(data)]
print(runs)
print(np.cumsum([n for _, n in runs]))
words = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=len)
for length, ws in groupby(words, len):
    print(length, list(ws))
try:
    list(groupby([1, 2], key=lambda v: 1 / (v - 2)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
# NaN keys read from an array are distinct objects: each starts a group.
print([k for k, g in groupby(np.array([1.0, 1.0, np.nan, np.nan]))])
print([(k, list(g)) for k, g in groupby([(1, 'a'), (1, 'b'), (2, 'c')], key=lambda t: t[0])])
