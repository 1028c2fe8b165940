def gen():
    total = 0
    while True:
        x = yield total
        total += x

g = gen()
next(g)
g.send(2)
g.throw(RuntimeError("stop here"))
