import numpy as np

print('# v0')
try:
    v0 = np.char.split(['é', 'Straße'], np.array([1]))
    print(repr(v0))
except Exception as e:
    print(type(e).__name__, e)
print('# v1')
try:
    v1 = np.char.partition(np.array(['aaa']), 'aa')
    print(repr(v1))
except Exception as e:
    print(type(e).__name__, e)
print('# v2')
try:
    v2 = np.poly1d([-3, 1, -2]) ** 1.5
    print(repr(v2))
except Exception as e:
    print(type(e).__name__, e)
print('# v3')
try:
    v3 = np.strings.mod(np.array(['mIxEd', 'Straße', 'aaa'], dtype='<U3'), 3)
    print(repr(v3))
except Exception as e:
    print(type(e).__name__, e)
print('# v4')
try:
    v4 = np.polyval(np.poly1d([-2.0, 1.0, -1.8]), np.array([0, 1, 2]))
    print(repr(v4))
except Exception as e:
    print(type(e).__name__, e)
print('# v5')
try:
    v5 = np.poly([1, 2])
    print(repr(v5))
except Exception as e:
    print(type(e).__name__, e)
print('# v6')
try:
    v6 = np.array([['٣٤', 'ababab'], ['ﬁne', '%d|%5.2f']]) * 3
    print(repr(v6))
except Exception as e:
    print(type(e).__name__, e)
print('# v7')
try:
    v7 = np.strings.startswith(np.array(['Hello', 'Hello', 'Title Case', 'a-b-c']), ' ')
    print(repr(v7))
except Exception as e:
    print(type(e).__name__, e)
print('# v8')
try:
    v8 = np.char.add(np.array(['a', 'x1y2', 'aaa']), np.array(['\t tab\n', 'ﬁne', 'aaa']))
    print(repr(v8))
except Exception as e:
    print(type(e).__name__, e)
print('# v9')
try:
    v9 = np.poly1d([-3, -2, 4]).integ(2, [1, 2])
    print(repr(v9))
except Exception as e:
    print(type(e).__name__, e)
print('# v10')
try:
    v10 = np.polyder([], 2)
    print(repr(v10))
except Exception as e:
    print(type(e).__name__, e)
print('# v11')
try:
    v11 = np.poly1d([], variable='y')
    print(repr(v11))
except Exception as e:
    print(type(e).__name__, e)
print('# v12')
try:
    v12 = np.array(['中文字']) < np.array(['123', '1\n2', 'Σίσυφος'])
    print(repr(v12))
except Exception as e:
    print(type(e).__name__, e)
print('# v13')
try:
    v13 = np.poly1d([-3]).deriv()
    print(repr(v13))
except Exception as e:
    print(type(e).__name__, e)
print('# v14')
try:
    v14 = np.char.count(np.array(['ABC', 'xxxxxxxxxxxx', '  pad  '], dtype='<U4'), 'X', 7, np.array([2]))
    print(repr(v14))
except Exception as e:
    print(type(e).__name__, e)
print('# v15')
try:
    v15 = np.poly1d([0, 0, -3, 3, -2])(1)
    print(repr(v15))
except Exception as e:
    print(type(e).__name__, e)
print('# v16')
try:
    v16 = np.poly1d([]).coef
    print(repr(v16))
except Exception as e:
    print(type(e).__name__, e)
print('# v17')
try:
    v17 = np.strings.isupper(np.array([1.5]))
    print(repr(v17))
except Exception as e:
    print(type(e).__name__, e)
print('# v18')
try:
    v18 = np.char.split(np.array([['+3', 'Σίσυφος'], ['½', 'ABC']]), 'a')
    print(repr(v18))
except Exception as e:
    print(type(e).__name__, e)
print('# v19')
try:
    v19 = np.char.split(['a', 'ababab'], np.array(['l', 'o', '%']))
    print(repr(v19))
except Exception as e:
    print(type(e).__name__, e)
print('# v20')
try:
    v20 = np.strings.rpartition(np.array(['  ', 'a-b-c', '1\n2'], dtype='<U2'), '-')
    print(repr(v20))
except Exception as e:
    print(type(e).__name__, e)
print('# v21')
try:
    v21 = np.char.center(np.array(['½', '%d|%5.2f']), 11, 'é')
    print(repr(v21))
except Exception as e:
    print(type(e).__name__, e)
print('# v22')
try:
    v22 = np.poly1d([-4, -1, 0, 2]).coeffs
    print(repr(v22))
except Exception as e:
    print(type(e).__name__, e)
print('# v23')
try:
    v23 = np.poly1d([1.3, 2.4, -2.0, 0.7]).deriv(2)
    print(repr(v23))
except Exception as e:
    print(type(e).__name__, e)
print('# v24')
try:
    v24 = repr(v11)
    print(repr(v24))
except Exception as e:
    print(type(e).__name__, e)
