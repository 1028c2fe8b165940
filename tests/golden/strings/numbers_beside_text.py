# np.array promotes numbers beside strings to text: the <U width is that of
# each number's discovered dtype (int64 21, uint64 20, float64 32, bool 5,
# complex128 64, a NumPy scalar its own), wherever the first string is.
import numpy as np
for v in (['a', 1], ['a', 1.5], ['a', True], ['a', np.int8(1)], [1, 'a'],
          [[1, 2], ['a', 'b']], ['a', 1+2j], ['a', 2**63], ['a', np.float32(0.1)],
          ['abc', 0.1+0.2], [np.uint16(7), 'x']):
    print(repr(np.array(v)))
print(repr(np.asarray([3, 'b'])))
ventas = np.array([['2022-01-01', 100, 'ropa'], ['2022-02-01', 120, 'alimentos']])
print(ventas[:, 1].astype(int).sum())
# A sequence where another element was a leaf is ragged (this panicked).
for v in (('a', (1, 2)), ('a', ('b', 'c')), ['a', ['b']], [['a'], 'b'], [[], 'a'],
          [['a', 'b'], ['c']], [['a'], ['b', 'c']]):
    try:
        print(repr(np.array(v)))
    except ValueError as e:
        print(type(e).__name__, e)
# np.where finds no common dtype for a Python int and a str.
print(repr(np.where([True, False], 1, 'a')))
