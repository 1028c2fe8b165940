import numpy as np

print(eval("1 + 2"))
print(eval("  np.cumsum([1, 2, 3])"))
print(eval("\t2 ** 10"))
a = np.arange(5)
print(eval("a.cumsum()[-1]"))
g = {"a": 5}
print(eval("a * 2", g))
print(list(g.keys()))
print(eval("a + b", {"a": 1}, {"b": 2}))
print(eval("(1 +\n 2)"))
print(eval("[i * k for i in range(3)]", {"k": 2}))
print(eval("__name__"))
x = 10


def f():
    y = 3
    return eval("x + y")


print(f())
