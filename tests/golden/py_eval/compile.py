import numpy as np

c = compile("np.cumsum([1, 2, 3])", "<calc>", "eval")
print(type(c))
print(eval(c))
print(exec(c))
s = compile("x = 5\ny = x * 2", "<prog>", "exec")
exec(s)
print(x, y)
print(eval(s))
g = {}
exec(s, g)
print(g["y"])
print(eval(compile("a + 1", "<c>", "eval"), {"a": 1}))
for args in [(1, "f", "exec"), ("1", 2, "exec"), ("1", "f", "run"), ("1", "f", 3)]:
    try:
        compile(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for src, mode in [("x = 1", "eval"), ("1 +", "exec"), ("1 +", "eval")]:
    try:
        compile(src, "<mine>", mode)
    except SyntaxError as e:
        print(e)
d = compile("1 / 0", "<division>", "exec")
exec(d)
