import numpy as np
# np.arange and np.full with dtype=object: PyArray_ArangeObj's Python
# arithmetic (start, start + step, then the running sum) and copyto's fill.
print(repr(np.arange(1, 2, 0.25, dtype=object)), repr(np.arange(0.5, 3, dtype=object)), repr(np.arange(5, 1, -2, dtype=object)))
print(repr(np.arange(10**20, 10**20 + 3, dtype=object)), repr(np.arange(0, 1, 0.1, dtype=object)))
print(repr(np.arange(3, dtype=object)), repr(np.arange(0, dtype=object)), repr(np.arange(start=2, stop=4, dtype=object)))
for args in [(0, 5, 0), (1j, 3), (10**400,), (float('nan'),), ('a', 'b')]:
    try:
        print(repr(np.arange(*args, dtype=object)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for v in [None, [1], [1, 2], [[1, 2]], 'ab', 10**30, 2.5, np.int8(3)]:
    r = np.full(2, v, dtype=object)
    print(repr(r), [type(x).__name__ for x in r])
print(repr(np.full((2, 2), fill_value=[None, 1], dtype=object)))
try:
    np.full(2, [1, [2]], dtype=object)
except ValueError as e:
    print("ValueError:", e)
