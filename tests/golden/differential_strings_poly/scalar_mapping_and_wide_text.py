# A NumPy scalar is a mapping to str %; scalar[key] indexes a 0-d array;
# array reprs wrap by characters (Python len), not UTF-8 bytes.
import numpy as np
print('abc' % np.int64(3))
print('%s' % np.float64(2.5))
print('x' % np.array([1]))
print('x' % np.poly1d([1]))
try:
    print('%(k)s' % np.int64(1))
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.strings.mod(np.array(['abc', '%s']), (1, 2))))
print(repr(np.strings.mod('%r', [1, 2])))
class A:
    def __getitem__(self, k): return 5
print('%(a)s x' % A(), 'y' % A())
try:
    print('y' % np.str_('a'))
except Exception as e:
    print(type(e).__name__, e)
for k in [0, "k", (), ..., None, 1.5, slice(None)]:
    try:
        print(repr(np.int64(1)[k]))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(np.array(['\t tab\n', '%r', 'mixed', 'hello world', '中文字'])))
print(np.array(['0000003.5', '-00000042', '0000000٣٤', '0000000٣٤', '00Σίσυφος']))
print(repr(np.array(['Σίσυφος'] * 9)))
