import numpy as np

print('# v0')
try:
    v0 = np.polysub(np.poly1d([-3], variable='t'), np.poly1d([2.0, 2.58]))
    print(repr(v0))
except Exception as e:
    print(type(e).__name__, e)
print('# v1')
try:
    v1 = np.poly1d([-4, -1, 2, 0]) / 2
    print(repr(v1))
except Exception as e:
    print(type(e).__name__, e)
print('# v2')
try:
    v2 = np.poly1d([-1, -3, 3, -4])(np.float32(1.5))
    print(repr(v2))
except Exception as e:
    print(type(e).__name__, e)
print('# v3')
try:
    v3 = np.char.mod(np.array(['1\n2', 'ABC', 'xxxxxxxxxxxx']), [1, 2])
    print(repr(v3))
except Exception as e:
    print(type(e).__name__, e)
print('# v4')
try:
    v4 = np.polyder(np.poly1d([-1, 1, -2, 4], variable='z'), 2)
    print(repr(v4))
except Exception as e:
    print(type(e).__name__, e)
print('# v5')
try:
    v5 = np.polysub(np.poly1d([0, 0, 2], r=True), np.poly1d([3], variable='lam'))
    print(repr(v5))
except Exception as e:
    print(type(e).__name__, e)
print('# v6')
try:
    v6 = np.poly1d([0]) * [2, -4]
    print(repr(v6))
except Exception as e:
    print(type(e).__name__, e)
print('# v7')
try:
    v7 = np.polyder(np.poly1d([-4, 1, 0]), 2)
    print(repr(v7))
except Exception as e:
    print(type(e).__name__, e)
print('# v8')
try:
    v8 = np.strings.upper(np.array(['é', 'ABC', '+3']))
    print(repr(v8))
except Exception as e:
    print(type(e).__name__, e)
print('# v9')
try:
    v9 = np.poly1d([-1, 4, -2]).integ(-1)
    print(repr(v9))
except Exception as e:
    print(type(e).__name__, e)
print('# v10')
try:
    v10 = np.char.ljust(np.str_('  '), True, '0')
    print(repr(v10))
except Exception as e:
    print(type(e).__name__, e)
print('# v11')
try:
    v11 = np.strings.multiply(np.array(['007', '123', '-42', '  ', '٣٤']), 11)
    print(repr(v11))
except Exception as e:
    print(type(e).__name__, e)
print('# v12')
try:
    v12 = np.poly1d([]).integ(m=1, k=0.5)
    print(repr(v12))
except Exception as e:
    print(type(e).__name__, e)
print('# v13')
try:
    v13 = np.char.center(np.array(['abc', 'Σίσυφος', '½', 'aaa', 'Straße']), -3)
    print(repr(v13))
except Exception as e:
    print(type(e).__name__, e)
print('# v14')
try:
    v14 = np.poly1d([2], variable='y')
    print(repr(v14))
except Exception as e:
    print(type(e).__name__, e)
print('# v15')
try:
    v15 = np.char.capitalize(np.array([['xxxxxxxxxxxx', '  pad  '], ['%(k)s', 'Straße']]))
    print(repr(v15))
except Exception as e:
    print(type(e).__name__, e)
print('# v16')
try:
    v16 = np.poly1d([2, 4], variable='t') == v14
    print(repr(v16))
except Exception as e:
    print(type(e).__name__, e)
print('# v17')
try:
    v17 = np.strings.rstrip(np.str_('%d|%5.2f'), 'x')
    print(repr(v17))
except Exception as e:
    print(type(e).__name__, e)
print('# v18')
try:
    v18 = np.strings.center(np.array(['mIxEd']), 6, 'é')
    print(repr(v18))
except Exception as e:
    print(type(e).__name__, e)
print('# v19')
try:
    v19 = np.poly1d([[1, 2], [3, 4]]).order
    print(repr(v19))
except Exception as e:
    print(type(e).__name__, e)
print('# v20')
try:
    v20 = np.char.zfill(np.array(['Title Case', '-42', '  ']), 9)
    print(repr(v20))
except Exception as e:
    print(type(e).__name__, e)
print('# v21')
try:
    v21 = np.strings.endswith(np.array([['\t tab\n', ''], ['', 'a-b-c']]), 1)
    print(repr(v21))
except Exception as e:
    print(type(e).__name__, e)
print('# v22')
try:
    v22 = np.polyint([2.5], 1, 3)
    print(repr(v22))
except Exception as e:
    print(type(e).__name__, e)
print('# v23')
try:
    v23 = np.poly([1j, -1j])
    print(repr(v23))
except Exception as e:
    print(type(e).__name__, e)
print('# v24')
try:
    v24 = 1.5 + np.poly1d([2.0, 1.77, 2.0, -1.5])
    print(repr(v24))
except Exception as e:
    print(type(e).__name__, e)
