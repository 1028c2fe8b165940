import numpy as np
first, *rest = np.cumsum([1, 2, 3, 4])
print(first, rest)
a, *b, c = range(6)
print(a, b, c)
*init, last = "hello"
print(init, last)
*a, = 1, 2
print(a)
[x, *y] = (1,)
print(x, y)
for head, *tail in [[1, 2, 3], [4], (5, 6)]:
    print(head, tail)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
try:
    *m, n, o = [1]
except ValueError as e:
    print(e)
