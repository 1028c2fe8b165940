import numpy as np
# Lists of ints or floats are stored packed; every list operation must
# still behave as CPython's list, and change kind when an item does.
a = [0] * 5
b = a
a.append(7)
a[1] = 2**63
print(a, b, len(a), a is b)
c = [1.5, 2.5]
c.append(3)
c[0] = -0.0
print(c, type(c[2]), type(c[0]))
d = []
d.append(1.0)
d.append(float('nan'))
d.append(float('inf'))
print(d, np.array(d), np.array(d).dtype)
e = list(range(10))
e[3] = True
print(e, e[3] is True, np.array(e))
f = list(range(-5, 5, 2))
print(f[::2], f[1:3], f[::-1], f[-1], sum(f), max(f), min(f), sorted(f, reverse=True))
f.sort(key=abs)
print(f, f.index(3), f.count(-1), -1 in f, 4 in f, 3.0 in f)
g = [1, 2, 3]
g.insert(0, 10)
g.pop()
g.extend([4.5, 'x'])
print(g, g * 2, [1, 2] + [3.0], [1, 2] == [1.0, 2.0], [1, 2] < [1, 3])
h = [0.1 * i for i in range(4)]
print(h, np.cumsum(h), np.array(h, dtype=np.float32))
k = [[1, 2], [3, 4]]
k[0].append(5)
print(k)
try:
    np.array(k)
except ValueError as err:
    print(type(err).__name__, err)
m = [2**62, -2**63]
print(m, np.array(m), np.array(m).dtype, np.array([2**63]).dtype)
n = [1, 2, 3]
for i, x in enumerate(n):
    if i < 3:
        n.append(x * 10)
print(n, np.array(n, dtype=np.int8), np.array(n, dtype=float))
p = [1e300, 1e-300, 123456789.0, 1e16, 0.1 + 0.2]
print(p, str(p), repr(p))
del p[1]
del p[::2]
print(p, p.copy(), list(p), p[:])
q = [3, 1, 2]
q.reverse()
r = q
q += [4]
print(q, r, q is r, q.clear(), r)
print(np.array([[1.5, 2.5], [3.5, 4.5]]).sum(axis=0), np.array([[1, 2], [3, 4.0]]))
print(list(range(3)) * 0, [] * 3, np.array([]).dtype, np.array([[], []]).shape)
nan = float("nan")
print([1, 2] == [1, 2], [1, 2] == [1.0, 2.0], [1.5] == [1.5], [1, 2] == [1, 2.5], [nan] == [1.0])
print([1, 2] == [1, 2, 3], [] == [], [1, None] == [1, None], [[1, 2]] == [[1.0, 2.0]], [1] < [1.5])
print([(np.int64(1), 2)] == [(1, 2)], [2**70] == [2**70])
