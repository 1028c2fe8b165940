# np.where with text on one side and numbers on the other: the numbers cast to their <U width; a Python number has no common DType with str
import numpy as np
a = np.arange(9).reshape(3, 3)
b = np.where(a < 4, a, 'NOK')
print(b)
print(repr(b))
for x, y in [(5, 'x'), ('abc', 2.5), ('x', 1j), (True, 'x'), ('x', np.int8(3)), ('x', np.float32(0.5)), (['a', 'b'], [True, False]), ('x', [1 + 2j, 3j]), ('big', np.arange(3, dtype=np.uint8))]:
    try:
        print(repr(np.where([True, False, True], x, y)))
    except Exception as e:
        print(type(e).__name__, e)
