import numpy as np

print('# v0')
try:
    v0 = np.poly1d([0.0, 1.0, 1.59, -2.0]).variable
    print(repr(v0))
except Exception as e:
    print(type(e).__name__, e)
print('# v1')
try:
    v1 = np.char.lower(np.array([1.5]))
    print(repr(v1))
except Exception as e:
    print(type(e).__name__, e)
print('# v2')
try:
    v2 = np.polydiv(np.poly1d(np.array([1, 2], dtype=np.int8)), np.poly1d([-2, -2]))
    print(repr(v2))
except Exception as e:
    print(type(e).__name__, e)
print('# v3')
try:
    v3 = np.strings.mod(np.array(['中文字', '3.5', '٣٤', 'x1y2']), (1, 2))
    print(repr(v3))
except Exception as e:
    print(type(e).__name__, e)
print('# v4')
try:
    v4 = np.char.splitlines(np.array(['Title Case', 'hello world', 'a', 'ﬁne']))
    print(repr(v4))
except Exception as e:
    print(type(e).__name__, e)
print('# v5')
try:
    v5 = np.poly([1j, -1j])
    print(repr(v5))
except Exception as e:
    print(type(e).__name__, e)
print('# v6')
try:
    v6 = np.strings.replace(np.array(['-42', 'hello world', '%(k)s']), np.array(['aa', '%']), ' ')
    print(repr(v6))
except Exception as e:
    print(type(e).__name__, e)
print('# v7')
try:
    v7 = [2, -3] ** np.int64(2)
    print(repr(v7))
except Exception as e:
    print(type(e).__name__, e)
print('# v8')
try:
    v8 = np.strings.mod(np.array('中文字'), [1, 2])
    print(repr(v8))
except Exception as e:
    print(type(e).__name__, e)
print('# v9')
try:
    v9 = np.char.join('%', np.array(['Hello', '+3', '٣٤'], dtype='<U5'))
    print(repr(v9))
except Exception as e:
    print(type(e).__name__, e)
print('# v10')
try:
    v10 = np.strings.isdecimal('3.5')
    print(repr(v10))
except Exception as e:
    print(type(e).__name__, e)
print('# v11')
try:
    v11 = np.poly1d([0, 0])(1)
    print(repr(v11))
except Exception as e:
    print(type(e).__name__, e)
print('# v12')
try:
    v12 = np.polyval(np.poly1d([-1.77, 2.81, -2.15, 0.0], variable='lam'), 1)
    print(repr(v12))
except Exception as e:
    print(type(e).__name__, e)
print('# v13')
try:
    v13 = np.strings.multiply(np.array(['\t tab\n', 'ababab', '007', '  ']), 8)
    print(repr(v13))
except Exception as e:
    print(type(e).__name__, e)
print('# v14')
try:
    v14 = np.poly1d([])
    print(repr(v14))
except Exception as e:
    print(type(e).__name__, e)
print('# v15')
try:
    v15 = np.strings.partition(np.str_('é'), '')
    print(repr(v15))
except Exception as e:
    print(type(e).__name__, e)
print('# v16')
try:
    v16 = np.array([], dtype='<U3') != np.str_('ABC')
    print(repr(v16))
except Exception as e:
    print(type(e).__name__, e)
print('# v17')
try:
    v17 = np.poly1d([-2, -4, 3, 2]) != np.poly1d([-1], variable='z')
    print(repr(v17))
except Exception as e:
    print(type(e).__name__, e)
print('# v18')
try:
    v18 = np.str_('Σίσυφος') < np.array(['Title Case', '007'])
    print(repr(v18))
except Exception as e:
    print(type(e).__name__, e)
print('# v19')
try:
    v19 = np.char.rpartition(np.str_('  pad  '), 'ab')
    print(repr(v19))
except Exception as e:
    print(type(e).__name__, e)
print('# v20')
try:
    v20 = np.poly1d([0.0])(np.array([0, 1, 2]))
    print(repr(v20))
except Exception as e:
    print(type(e).__name__, e)
print('# v21')
try:
    v21 = np.strings.replace('½', ' ', np.array(['o', '%', '%']))
    print(repr(v21))
except Exception as e:
    print(type(e).__name__, e)
print('# v22')
try:
    v22 = np.strings.center(np.array(['1\n2']), None, 'ab')
    print(repr(v22))
except Exception as e:
    print(type(e).__name__, e)
print('# v23')
try:
    v23 = np.poly([2])
    print(repr(v23))
except Exception as e:
    print(type(e).__name__, e)
print('# v24')
try:
    v24 = np.int64(2) + [1.8, 1.9]
    print(repr(v24))
except Exception as e:
    print(type(e).__name__, e)
