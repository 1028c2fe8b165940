import functools


@functools.cache
def f(n):
    return f(n - 1) + 1 if n else 0


@functools.lru_cache(maxsize=0)
def g(n):
    return g(n - 1) + 1 if n else 0


# Each call goes through the C wrapper too, which takes a level of the
# recursion limit: 600 levels are 1,200 (the test harness's own frames
# make the exact boundary no test of npcalc's).
for fn in (f, g):
    for n in (400, 600):
        fn.cache_clear()
        try:
            print(n, fn(n))
        except RecursionError as e:
            print(n, e)
print(f(400), f(800))
