import numpy as np
import timeit

# Times differ by run: only types, lengths and signs are printed.
t = timeit.timeit("np.cumsum(a)", setup="import numpy as np; a = np.arange(10)", number=100)
print(type(t), t >= 0)
r = timeit.repeat("s = sum(range(10))", repeat=3, number=5)
print(type(r), len(r), all(type(x) is float and x >= 0 for x in r))
g = {"b": np.arange(5), "out": []}
t = timeit.timeit("out.append(b.cumsum()[-1])", globals=g, number=3)
print(t >= 0, g["out"], "__builtins__" in g)
print(timeit.timeit("x = 1\ny = x + 1", number=2) >= 0)
print(timeit.timeit("y = x * 2", setup="x = 3\nfor i in range(2):\n    x += i", number=2) >= 0)
calls = []
print(timeit.timeit("f()", setup="f = lambda: calls.append(1)", globals={"calls": calls}, number=4) >= 0, len(calls))
print(timeit.timeit(lambda: calls.append(2), setup="z = 1", number=2) >= 0, len(calls))
print(timeit.timeit("pass", setup=lambda: calls.append(3), number=2) >= 0, len(calls))
ticks = iter([1.0, 4.5])
print(timeit.timeit("1 + 1", timer=lambda: next(ticks), number=10))
for stmt, setup in [("a", "pass"), ("x = (", "pass"), ("pass", "1 +"), ("return 1", "pass")]:
    try:
        timeit.timeit(stmt, setup, number=1)
    except (NameError, SyntaxError) as e:
        print(type(e).__name__, e)
try:
    timeit.timeit("1", globals=5, number=1)
except TypeError as e:
    print("TypeError", e)
