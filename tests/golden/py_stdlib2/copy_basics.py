import copy
import numpy as np
from collections import Counter, OrderedDict, defaultdict, deque

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d[1] is a[1], d[2]["k"] is a[2]["k"])
a[1].append(99)
print(s, d)

t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t)
u = (1, [2])
v = copy.deepcopy(u)
print(v, v is u, v[1] is u[1], copy.copy(u) is u)

fs = frozenset({1, 2})
print(copy.copy(fs) is fs, copy.deepcopy(fs) is fs, copy.deepcopy(fs) == fs)
st = {1, (2, 3)}
print(copy.copy(st), copy.copy(st) is st, copy.deepcopy(st))

print(copy.copy(3), copy.deepcopy("s"), copy.copy(None), copy.deepcopy(2.5))
print(copy.copy(range(3)), copy.deepcopy(2 + 3j), copy.copy(len) is len)

shared = [0]
b = [shared, shared]
c = copy.deepcopy(b)
c[0].append(1)
print(c, c[0] is c[1], c[0] is shared, b)

r = [1]
r.append(r)
rc = copy.deepcopy(r)
print(rc, rc[1] is rc, rc is r)

dd = {"a": [1], "b": (1, 2)}
dd["self"] = dd
e = copy.deepcopy(dd)
print(e["self"] is e, e["b"] is dd["b"], e["a"] is dd["a"])

print(copy.deepcopy(Counter("abca")), copy.copy(OrderedDict(a=1)))
df = defaultdict(list)
df["x"].append(1)
g = copy.deepcopy(df)
g["y"].append(2)
print(g, df, g["x"] is df["x"])
q = deque([1, [2]], maxlen=5)
qd, qs = copy.deepcopy(q), copy.copy(q)
print(qd, qd[1] is q[1], qs[1] is q[1], qs is q)

arr = np.arange(6).reshape(2, 3)
ac, ad = copy.copy(arr), copy.deepcopy(arr)
print(ac is arr, np.shares_memory(ac, arr), ad is arr, np.shares_memory(ad, arr))
ac[0, 0] = 100
print(arr[0, 0], ac[0, 0])
view = arr[:, 1:]
print(copy.copy(view).base is None, copy.deepcopy(view))
x = np.float64(1.5)
print(copy.copy(x), copy.deepcopy(x) == x)
lst = [arr, arr]
ld = copy.deepcopy(lst)
print(ld[0] is ld[1], ld[0] is arr)
names = np.array(["a", "bb"])
nc, nd = copy.copy(names), copy.deepcopy(names)
nc[0] = "z"
print(names, nc, nd)
objs = np.array([[1], [2]], dtype=object)
oc = copy.copy(objs)
oc[0] = 5
print(objs, oc)
