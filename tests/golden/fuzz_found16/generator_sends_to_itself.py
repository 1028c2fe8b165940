# A generator's body calling its own send/throw/close, repr or next while it
# runs: "generator already executing" (npcalc panicked on a borrowed iterator).
def g():
    yield me.send(1)


me = g()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)


def h():
    yield repr(me2)[:21]
    yield me2.throw(KeyError)


me2 = h()
print(next(me2))
try:
    next(me2)
except ValueError as e:
    print(type(e).__name__, e)
print(list(me2))
