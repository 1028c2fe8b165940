def running_total(xs):
    total = 0
    for x in xs:
        total += x
        yield total

print(list(running_total([1, 2, 3, 4])))
g = running_total(range(5))
print(next(g), next(g))
for t in g:
    print("t", t)
print(next(g, "done"))
def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
for v in gen():
    print("got", v)
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    else:
        yield "liftoff"
print(list(countdown(3)))
def evens(xs):
    for x in xs:
        if x % 2:
            continue
        if x > 8:
            break
        yield x
    else:
        yield "no break"
print(list(evens(range(20))), list(evens(range(5))))
def nested():
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            yield (i, j)
print(list(nested()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(sum(x * x for x in range(4)))
def early(n):
    for i in range(n):
        if i == 2:
            return
        yield i
print(list(early(5)))
g = running_total([1])
print(type(g))
def bad():
    yield 1
    1 / 0
b = bad()
print(next(b))
try:
    next(b)
except ZeroDivisionError as e:
    print("caught", e)
print(next(b, "finished"))
import numpy as np
print(hasattr(np, "cumsum"), hasattr(np, "nope"), hasattr([], "append"))
print(max(running_total([3, -1, 4])), sorted(running_total([3, -1, 4])), dict(enumerate(running_total([5, 5]))))
def selfref():
    yield next(s)
s = selfref()
next(s)
