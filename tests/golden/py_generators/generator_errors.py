def g():
    yield 1
    yield 2
it = g()
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration:
    print("stop")
def nested_def():
    def inner():
        yield "inner"
    return inner()
print(list(nested_def()))
def empty():
    return
    yield
print(list(empty()))
def uses_len(xs):
    yield len(xs)
print(list(uses_len(5)))
