class B:
    v = [(w := 1), (w := w + 1)]
    u = (z := 5) + 1
    q = [k := 3, 4]
print(B.w, B.z, B.u)
print([n for n in B.__dict__ if not n.startswith("__")])
def f():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    [y := i for i in range(3)]
    return y
y = "global"
print(f())
def g():
    if (n := 10) > 5:
        return n
print(g())
def h():
    total = 0
    [total := total + x for x in [1, 2, 3]]
    return total
print(h())
def outer():
    def inner():
        return [m := 7 for _ in "ab"]
    got = inner()
    try:
        return got, m
    except NameError as e:
        return type(e).__name__, str(e)
print(outer())
print([last := c for c in "xyz"], last)
