import numpy as np
data = [3, 1, 4, 1, 5, 9, 2, 6]
if (n := len(data)) > 5:
    print(f"long list: {n}")
total = 0
running = [total := total + x for x in data]
print(running, total, list(np.cumsum(data)) == running)
print([y for x in data if (y := x * 2) > 6], y)
i = 0
while (i := i + 1) < 4:
    print(i)
def f(xs):
    out = [last := v for v in xs]
    return out, last
print(f((1, 2, 3)))
print((z := np.arange(4).cumsum()), z[-1])
a = np.arange(5)
print(a[(k := 2)], k)
print(dict(q=(w := 5)), w)
