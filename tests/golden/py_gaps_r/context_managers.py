class A:
    def __enter__(self): return 1
try:
    with A(): pass
except TypeError as e: print(e)
class B:
    def __exit__(self, *a): pass
try:
    with B(): pass
except TypeError as e: print(e)
class CM:
    def __init__(self, swallow=False): self.swallow = swallow
    def __enter__(self):
        print('enter')
        return 'val'
    def __exit__(self, typ, val, tb):
        print('exit', typ, repr(val))
        return self.swallow
with CM() as v:
    print('body', v)
with CM(True):
    1 / 0
print('after')
def f():
    with CM():
        return 'ret'
print(f())
for i in range(3):
    with CM():
        if i == 1:
            break
with CM(), CM(True) as w:
    raise KeyError('k')
class Timer:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print('took', exc[:2])
with Timer() as t:
    print(type(t).__name__)


class Oops(Exception):
    pass


with CM(True):
    raise Oops('mine')


class Bad:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError('in exit')


try:
    with Bad():
        1 / 0
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
with CM():
    int('x')
