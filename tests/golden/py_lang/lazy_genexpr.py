import numpy as np
import itertools

# Only the first iterable is evaluated where a generator expression stands.
g = (x * x for x in range(5))
print(next(g))
print(list(g))
print(list(g))

# Infinite sources are fine: items are drawn on demand.
print(next(x for x in itertools.count() if x * x > 50))
print(list(itertools.islice((2 ** k for k in itertools.count()), 6)))
print(any(v > 3 for v in itertools.count()))

# Side effects interleave with the consumer.
def noisy(v):
    print("computing", v)
    return v

for y in (noisy(v) for v in [1, 2, 3]):
    print("got", y)

# Names are looked up when an item is drawn.
n = 10
h = (n + i for i in range(3))
n = 100
print(list(h))

# Nested clauses and conditions.
pairs = ((i, j) for i in range(3) if i != 1 for j in range(i, 3) if j % 2 == 0)
print(list(pairs))

# Running totals from a generator, as lessons write them.
data = np.array([3, 1, 4, 1, 5, 9, 2, 6])
running = (data[: k + 1].sum() for k in range(len(data)))
print(np.fromiter(running, dtype=int))
print(np.array_equal(np.fromiter((data[: k + 1].sum() for k in range(len(data))), int), data.cumsum()))
print(sum(x for x in range(10 ** 6)))
print(max((v, k) for k, v in enumerate(data.cumsum())))

# zip and map stop early without drawing further.
def counted():
    for k in range(5):
        print("draw", k)
        yield k

print(list(zip((c * 10 for c in counted()), "ab")))

# The first iterable is evaluated at once; its errors come at once.
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("TypeError:", e)

# Errors inside come when the item is drawn, and finish the generator.
g3 = (1 / x for x in [1, 0, 2])
print(next(g3))
try:
    next(g3)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(g3))

# A generator that asks for its own next item.
g4 = (next(g4) for _ in range(2))
try:
    next(g4)
except ValueError as e:
    print("ValueError:", e)

print(type(x for x in []))
print(sorted(v % 3 for v in data))
print(", ".join(str(v) for v in data.cumsum()))
print(dict((k, k * k) for k in range(4)))
print(tuple(i for i in range(3)))
