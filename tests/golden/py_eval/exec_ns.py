import numpy as np

exec("z = 4\nw = z + 1")
print(z, w)
print(exec("pass"))
d = {}
print(exec("q = 1\nr = q + 1", d))
print(list(d), d["q"], d["r"])
d2 = {"a": 1}
exec("b = a * 10\ndel a", d2)
print(sorted(d2))
loc = {"old": 0}
exec("new = 7\nold = 1", None, loc)
print(loc)
g = {"n": 3}
l = {}
exec("m = n * 2\nfor i in range(2):\n    t = i\n", g, l)
print(l, sorted(g))
exec("import numpy as np\nprint(np.cumsum(np.arange(4)))", {})
exec("def sq(v):\n    return v * v\n")
print(sq(4))
total = np.zeros(3)
exec("total += 1")
print(total)
code = """
s = 0
for v in [1, 2, 3]:
    s += v
print('sum', s)
"""
exec(code)
print(s)


def inner():
    k = 1
    exec("k = 2\nj = 5")
    print(k)
    return eval("k + 1")


print(inner())
