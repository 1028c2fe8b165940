def g():
    try:
        yield 1
        yield 2
    except ValueError:
        yield 'caught'
    finally:
        print('fin')
print(list(g()))
class CM:
    def __init__(self, swallow=False): self.swallow = swallow
    def __enter__(self): print('enter'); return self
    def __exit__(self, t, v, tb): print('exit', repr(v)); return self.swallow
def w():
    with CM() as c:
        yield 1
        yield 2
print(list(w()))
def e():
    for i in range(3):
        try:
            yield i / (i - 1)
        except ZeroDivisionError as err:
            yield 'zero ' + str(err)
        else:
            yield 'ok'
        finally:
            yield 'fin'
print(list(e()))
def r():
    try:
        yield 1
        return 'early'
    finally:
        print('cleanup')
it = r()
print(next(it))
try:
    next(it)
except StopIteration as s:
    print('stop', s.value)
def brk():
    for i in range(5):
        try:
            if i == 2:
                break
            if i == 0:
                continue
            yield i
        finally:
            print('f', i)
    yield 'end'
print(list(brk()))
def reraise():
    try:
        yield 1
        int('z')
    except ValueError:
        yield 'handling'
        raise
def swallow():
    with CM(True):
        yield 1
        1 / 0
    yield 'after'
print(list(swallow()))
def nested():
    try:
        try:
            yield 1
            raise KeyError('k')
        finally:
            yield 'inner fin'
    except KeyError as k:
        yield repr(k)
print(list(nested()))
def chain():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError:
        yield 2
        raise ValueError('v')
try:
    list(chain())
except ValueError as v:
    print(repr(v), repr(v.__context__))
def loop_with():
    for i in range(2):
        with CM():
            yield i
print(list(loop_with()))
print(list(reraise()))
