# CPython's compiler warns about `is` beside a literal before the script
# runs: once per comparison chain, twice for a while test and a finally body;
# ints in [-5, 256] are one object each (its small-int cache).
x = 3
print(x is (), x is -1, x is (1, 2), x is 'a', x is 1.5, x is None, x is ..., -1 is x, x is [1], x is 2 is x, x is 2j, x is -x, x is ~1, x is (1, -2), x is (None,))
while x is not 0:
    x -= 1
assert x is 0


def f(n=x is 5):
    try:
        return [i for i in range(3) if i is 1]
    finally:
        print(n is not 'b')


y = 5 if x is 1 else 6
print(f(), y, {k: k is 2 for k in (1, 2)}, f"{x is 0}")
print(256 + 0 is 256, -5 * 1 is -5, 2 ** 8 is 256)
big = 257
print(big + 0 is big, big is not 300)


def g(items):
    for i in items:
        try:
            if i is 0:
                continue
            if i == 3:
                break
            try:
                return i
            finally:
                print(i is not 'inner')
        finally:
            print(i is 'outer')
    while True:
        try:
            break
        finally:
            print(items is ())


print(g([0, 3]), g([5]))
