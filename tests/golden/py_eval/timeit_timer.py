import numpy as np
import timeit

# Times differ by run: only types, lengths and signs are printed.
t = timeit.Timer("np.cumsum(a)", setup="import numpy as np; a = np.arange(10)")
print(type(t))
x = t.timeit(number=50)
print(type(x), x >= 0)
r = t.repeat(repeat=3, number=10)
print(type(r), len(r), all(v >= 0 for v in r))
print(len(t.repeat(2, 1)))
ticks = iter([0.0, 0.05, 0.0, 0.1, 0.0, 0.3])
seen = []
n, secs = timeit.Timer("pass", timer=lambda: next(ticks)).autorange(lambda k, s: seen.append((k, s)))
print(n, secs, seen)
calls = []
u = timeit.Timer(lambda: calls.append(1), setup=lambda: calls.append(0))
u.timeit(3)
print(calls)
for bad in [lambda: t.timeit(number=2.5), lambda: timeit.Timer(5), lambda: t.nosuch]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
