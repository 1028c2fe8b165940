from collections import deque, defaultdict, OrderedDict, Counter
import numpy as np
a = [1]
a.append(a)
print(a, repr(a), str(a), len(a), a[1] is a)
b = [1.5]
b.append(b)
print(b)
c = [1, 2]
c[0] = c
print(c)
d = {'k': 1}
d['self'] = d
print(d)
e = [d, a]
print(e)
f = {'x': [1]}
f['x'].append(f)
print(f)
q = deque([1])
q.append(q)
print(q)
dd = defaultdict(list)
dd['a'] = dd
print(dd)
print(a == a, a != a, 1 in a, a in a)
print(f"{a}", "%s" % (a,), "{}".format(d))
try:
    np.array(a)
except Exception as err:
    print(type(err).__name__, err)
print(np.array_equal([1, [2, 3]], [1, [2, 3]]), np.array_equiv([1, [2]], [1, [2]]), np.array_equal([1, 2], [1, 2]))
a = [1]
a.append(a)
d = {'k': 1}
d['self'] = d
tests = [
    lambda: a + a, lambda: a * 2, lambda: list(a), lambda: tuple(a), lambda: a.index(a), lambda: a.count(a),
    lambda: [a] == [a], lambda: a in [a], lambda: d == d, lambda: d.copy(), lambda: {**d},
    lambda: sorted([a, a]),
    lambda: a < a, lambda: a <= a, lambda: np.cumsum(a), lambda: np.asarray(a, dtype=float),
    lambda: np.array([a]), lambda: set(a), lambda: hash(a), lambda: str(d), lambda: len(repr(a)),
    lambda: [x for x in a], lambda: sum([[1], a], []), lambda: max([a, a]), lambda: a[1][1][1][0],
    lambda: print(*a), lambda: f"{a!r:>20}", lambda: np.array((a,)),
    lambda: np.concatenate([a]), lambda: np.testing.assert_equal(a, a), lambda: np.array_equal(a, a),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as err:
        print(i, type(err).__name__, str(err)[:150])


# Session objects inside take repr()'s other path; it ends the same way.
class A:
    def __repr__(self):
        return "A()"


s = [A()]
s.append(s)
sd = {"k": A()}
sd["d"] = sd
st = ([A()],)
st[0].append(st)
print(s, sd, st, repr(s), f"{s}")

# Two lists (or dicts) that each hold themselves: CPython's comparison
# recursion limit.
b1 = [1]
b1.append(b1)
b2 = [1]
b2.append(b2)
for compare in (lambda: b1 == b2, lambda: b1 < b2, lambda: b1 != b2):
    try:
        print(compare())
    except RecursionError as err:
        print("RecursionError", err)
e1 = {}
e1["x"] = e1
e2 = {}
e2["x"] = e2
try:
    print(e1 == e2)
except RecursionError as err:
    print("RecursionError", err)
