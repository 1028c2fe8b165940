# PEP 479: a StopIteration leaving a generator's frame becomes RuntimeError.
def gen():
    yield 1


for make in (lambda g: g.throw(StopIteration), lambda g: (next(g), g.throw(StopIteration))):
    try:
        make(gen())
    except RuntimeError as e:
        print(type(e).__name__, e, repr(e.__cause__))
g = gen()
list(g)
try:
    g.throw(StopIteration)
except StopIteration as e:
    print("finished:", repr(e))
try:
    gen().throw(GeneratorExit)
except GeneratorExit as e:
    print("not started:", repr(e))


def first_of_empty():
    yield next(iter([]))


list(first_of_empty())
