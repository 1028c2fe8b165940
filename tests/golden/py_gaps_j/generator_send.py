def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count

avg = averager()
print(next(avg))
print(avg.send(10))
print(avg.send(30))
print(avg.send(5))
avg.close()
try:
    avg.send(1)
except StopIteration as e:
    print("StopIteration", repr(e))

def echo():
    received = yield "ready"
    while received is not None:
        received = yield f"got {received}"
    yield "done"

e = echo()
try:
    e.send("x")
except TypeError as err:
    print(type(err).__name__, err)
print(e.send(None))
print(e.send(1), e.send("two"))
print(next(e))
print(list(e))
print(e.send(None) if False else "end")

def counter():
    n = 0
    while True:
        step = yield n
        n += 1 if step is None else step

c = counter()
print(next(c), next(c), c.send(10), next(c))
for _ in range(2):
    print(c.send(-1))
a = b = None
def pair():
    global a
    x, y = yield 1
    print("unpacked", x, y)
    yield x + y
p = pair()
print(next(p), p.send((3, 4)))
def thrower():
    yield 1
    yield 2
t = thrower()
print(next(t))
try:
    t.throw(ValueError("bad"))
except ValueError as err:
    print("caught", err)
print(list(t))
t2 = thrower()
try:
    t2.throw(KeyError)
except KeyError as err:
    print("caught", repr(err))
print(next(t2, "over"))
g = (i for i in range(3))
print(g.send(None) if False else next(g))
def chain_send():
    got = yield
    print("got", got)
s = chain_send()
print(s.send(None))
try:
    s.send(42)
except StopIteration:
    print("stopped")
