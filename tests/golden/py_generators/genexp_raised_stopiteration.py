# PEP 479 for generator expressions: a StopIteration raised by the element
# (here an explicit next() on an empty iterator) becomes RuntimeError.
def first(xs):
    return list(next(iter(xs)) for _ in range(2))
print(first([[1]]))
try:
    first([])
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__suppress_context__)
print(sum(x for x in range(4) if x % 2))
g = (next(iter([])) for _ in range(3))
for v in g:
    print(v)
