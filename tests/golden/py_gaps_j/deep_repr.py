# repr() of containers nested past the recursion limit (exact edges depend
# on the frames the oracle harness adds, so these stay clear of them).
import collections


def nest(n, wrap):
    x = wrap(None) if n < 0 else None
    a = [] if x is None else x
    for _ in range(n):
        a = wrap(a)
    return a


def attempt(what, f):
    try:
        text = f()
        print(what, "ok", len(text))
    except RecursionError as e:
        print(what, type(e).__name__, e)


def deeper(k, f):
    if k:
        return deeper(k - 1, f)
    return f()


for n in (900, 1000):
    a = nest(n, lambda x: [x])
    attempt(f"repr list {n}", lambda: repr(a))
    attempt(f"str list {n}", lambda: str(a))
    attempt(f"f-string {n}", lambda: f"{a}")
    attempt(f"tuple {n}", lambda: repr(nest(n, lambda x: (x,))))
    attempt(f"dict {n}", lambda: repr(nest(n, lambda x: {1: x})))
    attempt(f"deeper {n}", lambda: deeper(3, lambda: repr(a)))
for n in (450, 500):
    attempt(f"deque {n}", lambda: repr(nest(n, lambda x: collections.deque([x]))))
for n in (300, 334):
    od = nest(n, lambda x: collections.OrderedDict(k=x))
    attempt(f"OrderedDict {n}", lambda: repr(od))

# Nested far past the limit: an error at once, not a walk of every level.
a = []
for _ in range(100000):
    a = [a]
attempt("repr 100000", lambda: repr(a))
attempt("len(str) 100000", lambda: str(len(str(a))))
attempt("f-string 100000", lambda: f"{a}")
attempt("format 100000", lambda: format(a))
attempt("percent 100000", lambda: "%s" % (a,))
# A list that holds itself is still [...].
b = [1]
b.append(b)
print(b)
