def g():
    try:
        while True:
            try:
                x = yield 'ready'
                print('got', x)
            except ValueError as e:
                print('caught', e)
                yield 'recovered'
    finally:
        print('closing')
it = g()
print(next(it))
print(it.send(5))
print(it.throw(ValueError('bad')))
print(next(it))
it.close()
it.close()
print(list(it))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(repr(e))
def plain():
    yield 1
    yield 2
p = plain()
next(p)
try:
    p.throw(KeyError('k'))
except KeyError as e:
    print('out', repr(e))
print(list(p))
q = plain()
q.close()
print(list(q))
def ret():
    try:
        yield 1
    except ValueError:
        return 'done'
r = ret()
next(r)
try:
    r.throw(ValueError)
except StopIteration as e:
    print('stop', e.value)
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
p = plain()
next(p)
p.throw(TypeError('t'))
