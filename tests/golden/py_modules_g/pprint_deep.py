import pprint
# Nesting far past the recursion limit ends in RecursionError, as in CPython;
# nesting well inside it is laid out.
for make in (lambda b: [b], lambda b: (b,), lambda b: {'k': b}, lambda b: [b, 1]):
    b = []
    for i in range(3000):
        b = make(b)
    for f in (pprint.saferepr, pprint.pformat, pprint.isrecursive):
        try:
            f(b)
        except RecursionError as e:
            print(type(e).__name__)
    b = []
    for i in range(100):
        b = make(b)
    print(len(pprint.pformat(b)), len(pprint.saferepr(b)), len(pprint.pformat(b, width=3)))
