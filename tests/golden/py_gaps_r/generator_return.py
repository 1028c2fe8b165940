def g():
    yield 1
    return 5


it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args, str(e))
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)


def pair():
    yield 0
    return (1, 2)


p = pair()
next(p)
try:
    p.send(None)
except StopIteration as e:
    print(repr(e), e.value, e.args)


def sub(n):
    for i in range(n):
        yield i
    return n * 10


def outer():
    r = yield from sub(2)
    print('got', r)
    total = yield from sub(0)
    yield r + total


print(list(outer()))


def noval():
    return
    yield


try:
    next(noval())
except StopIteration as e:
    print(repr(e), e.value, e.args)
print(next(noval(), 'default'))
it = g()
next(it)
next(it)
