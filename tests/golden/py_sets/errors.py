import numpy as np
for make in [lambda: {[1]}, lambda: {np.zeros(2)}, lambda: set([{1: 2}]), lambda: {{1}},
             lambda: {1} | [2], lambda: {1} - (1,), lambda: {1} < [1], lambda: {1} + {2},
             lambda: frozenset({1}).add(2), lambda: set().pop(), lambda: {1}.remove(3),
             lambda: set(5), lambda: {(1, [2])}, lambda: {1}.update(3)]:
    try:
        print(make())
    except Exception as e:
        print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
print({1} == [1], {1} != frozenset([1]), {1} == frozenset([1]))
print(hash(frozenset()) == hash(frozenset([])), frozenset([1, 2]) in {frozenset([2, 1])})
print({1, 2} in {frozenset({1, 2}): 'x'}, {frozenset({1}): 'a'}[frozenset([1])])
f = frozenset([5, 6])
print(f.copy() is f, frozenset(f) is f, f | {7}, {7} | f, type(f & {5}).__name__)
