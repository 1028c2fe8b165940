g = {"k": 3}
exec("def gen():\n    yield k\n    yield k + 1\n", g)
k = 100
print(list(g["gen"]()))
print(next(eval("(k * i for i in range(1, 3))", g)))
print(list(eval("(k * i for i in range(3))", g)))
f = eval("lambda: k", g)
print(f())
try:
    next(eval("(1 / i for i in [0])", {}))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
