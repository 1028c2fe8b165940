def running(xs):
    t = 0
    for x in xs:
        t += x
        yield t
print(running([1, 2]))
print(x * 2 for x in [1])
print(reversed([1]), reversed(range(2)), reversed((1,)), reversed("ab"))
print(map(abs, [1]), zip(), enumerate([]), filter(None, []), iter([1]), iter((1,)), iter("a"), iter("é"), iter(frozenset()), iter(range(2)), iter({1: 2}), iter({1}))
class A:
    def gen(self):
        yield 1
print(A().gen())
