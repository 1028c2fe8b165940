# A generator that only a for loop holds is closed when the loop leaves it
# early (break, return, an exception, SystemExit): its finally runs there,
# before the code after the loop, as CPython's dropping the last reference does.
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("fin", tag)
for x in g("break"):
    break
print("after break")
def f():
    for x in g("return"):
        return x
print(f())
try:
    for x in g("raise"):
        1/0
except ZeroDivisionError:
    print("caught")
it = g("kept")
for x in it:
    break
print("kept alive: not closed yet")
it.close()
def managed():
    class M:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            print("exit", a[0].__name__)
    with M():
        yield "a"
        yield "b"
for x in managed():
    print(x)
    break
for x in g("exit"):
    raise SystemExit(3)
