# np.logical_and/or/xor cast text to bool (a string is true when not empty),
# as NumPy's logical promoter does; logical_not has no such promoter.
import numpy as np
a = np.array(['a', '', 'bc'])
for f in (np.logical_and, np.logical_or, np.logical_xor):
    print(f.__name__, f(a, True), f(a, 0), f(a, a))
print(np.logical_and(True, a), np.logical_xor(a, 1.5))
print(np.logical_or(np.array(['', '']), np.array([0, 2])))
print(np.logical_and(a, [[1], [0]]))
print(np.logical_and(np.str_('x'), ''), np.logical_or(['', 'x'], ['', '']))
print(np.logical_and(a, a, dtype=bool))
out = np.zeros(3, dtype=bool)
print(np.logical_or(a, False, out=out), out)
for dt in (int, float):
    try:
        print(np.logical_and(a, a, dtype=dt))
    except TypeError as e:
        print(e)
try:
    np.logical_not(a)
except TypeError as e:
    print(e)
