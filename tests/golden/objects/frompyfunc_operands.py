import numpy as np
# frompyfunc ufuncs read their operands as np.asarray does, then as objects:
# numbers promote together and arrive as Python numbers; ragged lists fail.
f = np.frompyfunc(lambda x, y: x + y, 2, 1)
g = np.frompyfunc(lambda x: (type(x).__name__, x), 1, 1)
print(repr(f.accumulate([1, 2.5])), repr(g([1, 2.5])), repr(g(np.int8(3))), repr(g([np.float32(1.5)])))
print(type(f(np.int8(1), np.int8(2))), type(f(np.float32(1), 2)), repr(np.frompyfunc(lambda x, y: (x, y), 2, 1)(None, None)))
print(f.accumulate(range(5)), f.reduce(range(5)), f(range(3), 1))
print(repr(f.accumulate(['a', 'b', 'c'])), repr(f.reduce('abc')), repr(f('ab', ['c', 'd'])))
print(repr(f([1, 2], 10**30)), repr(np.array([1, 2], dtype=object) + [0.5, 1]))
for bad in ([[1], [2, 3]], [1, [2, 3]]):
    try:
        f.accumulate(bad)
    except ValueError as e:
        print("ValueError:", e)
    try:
        g(bad)
    except ValueError as e:
        print("ValueError:", e)
# Several outputs: each call must return a tuple of exactly nout values;
# the first that does not stops the loop, leaving None (PyUFunc_On_Om).
h = np.frompyfunc(lambda x: (x, -x) if x != 3 else [x, x], 1, 2)
print(h([1, 2, 3, 4]))
for ret in (lambda x: [x, x], lambda x: None, lambda x: 'ab', lambda x: (1,), lambda x: (x, x, x)):
    print(np.frompyfunc(ret, 1, 2)([1, 2]))
print(np.frompyfunc(lambda x: (x, x), 1, 2)(5))
try:
    f([1, 2], [3, 4], [0, 0])
except TypeError as e:
    print("TypeError:", e)
try:
    np.frompyfunc(lambda x: x, 100, 1)
except ValueError as e:
    print("ValueError:", e)
