def gen():
    yield 1
    yield 2

g = gen()
next(g)
g.throw(ValueError)
