from collections import Counter, deque, namedtuple
for f in [lambda: {1} | 5, lambda: set() < 3, lambda: deque([1])[1.5], lambda: Counter(5), lambda: namedtuple('P', 5), lambda: {1} ^ [1], lambda: frozenset([1]) - {1}, lambda: {1}.issubset(5), lambda: set([1, [2]])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
