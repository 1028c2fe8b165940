import numpy as np

print('# v0')
try:
    v0 = np.strings.mod(np.array(['x1y2', '123', 'Straße', 'Σίσυφος', 'Hello']), 3)
    print(repr(v0))
except Exception as e:
    print(type(e).__name__, e)
print('# v1')
try:
    v1 = np.char.rstrip(np.array(['-42', '%s', 'abc', 'é', 'xxxxxxxxxxxx']), 1)
    print(repr(v1))
except Exception as e:
    print(type(e).__name__, e)
print('# v2')
try:
    v2 = np.polyder(np.poly1d([-3]), 0)
    print(repr(v2))
except Exception as e:
    print(type(e).__name__, e)
print('# v3')
try:
    v3 = np.strings.islower('mIxEd')
    print(repr(v3))
except Exception as e:
    print(type(e).__name__, e)
print('# v4')
try:
    v4 = np.poly([0.5, -0.5, 1])
    print(repr(v4))
except Exception as e:
    print(type(e).__name__, e)
print('# v5')
try:
    v5 = np.strings.isdigit(np.array(['٣٤', 'Hello', '%s']))
    print(repr(v5))
except Exception as e:
    print(type(e).__name__, e)
print('# v6')
try:
    v6 = np.polyval(np.poly1d([]), np.int8(3))
    print(repr(v6))
except Exception as e:
    print(type(e).__name__, e)
print('# v7')
try:
    v7 = np.polysub(np.poly1d([-0.83, 0.4, 1.0, -1.9]), np.poly1d([1.0]))
    print(repr(v7))
except Exception as e:
    print(type(e).__name__, e)
print('# v8')
try:
    v8 = np.strings.replace(np.str_('%(k)s'), ' ', np.array(['']))
    print(repr(v8))
except Exception as e:
    print(type(e).__name__, e)
print('# v9')
try:
    v9 = np.poly1d([]).integ()
    print(repr(v9))
except Exception as e:
    print(type(e).__name__, e)
print('# v10')
try:
    v10 = np.polysub([3, -1, -1, 0], [])
    print(repr(v10))
except Exception as e:
    print(type(e).__name__, e)
print('# v11')
try:
    v11 = np.poly1d([1.5, -2.0, -0.69]).deriv(2)
    print(repr(v11))
except Exception as e:
    print(type(e).__name__, e)
print('# v12')
try:
    v12 = np.polyval([3, -1, -4], 1j)
    print(repr(v12))
except Exception as e:
    print(type(e).__name__, e)
print('# v13')
try:
    v13 = np.poly1d([2.7], variable='lam') * 2
    print(repr(v13))
except Exception as e:
    print(type(e).__name__, e)
print('# v14')
try:
    v14 = np.poly1d([-2, 2]).coeffs
    print(repr(v14))
except Exception as e:
    print(type(e).__name__, e)
print('# v15')
try:
    v15 = np.poly1d(np.array([1, 2], dtype=np.int8))
    print(repr(v15))
except Exception as e:
    print(type(e).__name__, e)
print('# v16')
try:
    v16 = np.strings.multiply(np.array([['ABC', '007'], ['+3', 'hello world']]), -3)
    print(repr(v16))
except Exception as e:
    print(type(e).__name__, e)
print('# v17')
try:
    v17 = np.strings.isalnum(np.array([['123', 'Title Case'], ['%r', '1\n2']]))
    print(repr(v17))
except Exception as e:
    print(type(e).__name__, e)
print('# v18')
try:
    v18 = np.char.zfill(np.array([1, 2]), 11)
    print(repr(v18))
except Exception as e:
    print(type(e).__name__, e)
print('# v19')
try:
    v19 = np.strings.swapcase(np.array(['%s', 'xxxxxxxxxxxx']))
    print(repr(v19))
except Exception as e:
    print(type(e).__name__, e)
print('# v20')
try:
    v20 = np.char.lstrip(np.array([['%r', '1\n2'], ['1\n2', '  ']]), None)
    print(repr(v20))
except Exception as e:
    print(type(e).__name__, e)
print('# v21')
try:
    v21 = np.strings.add(np.array(['mIxEd', 'aaa', '+3']), np.array(['ababab', '+3', '%r'], dtype='<U6'))
    print(repr(v21))
except Exception as e:
    print(type(e).__name__, e)
print('# v22')
try:
    v22 = np.char.zfill('%s', np.array([8]))
    print(repr(v22))
except Exception as e:
    print(type(e).__name__, e)
print('# v23')
try:
    v23 = np.strings.lstrip(np.array(['٣٤', 'Hello', '-42', 'ababab']))
    print(repr(v23))
except Exception as e:
    print(type(e).__name__, e)
print('# v24')
try:
    v24 = np.char.isupper(np.array(['123', '+3', 'Title Case', 'mIxEd', '½']))
    print(repr(v24))
except Exception as e:
    print(type(e).__name__, e)
