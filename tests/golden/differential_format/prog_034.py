import numpy as np

print('# v0')
try:
    x = np.array([1e-10, 1.0, 1e5])
    r = np.array2string(x, precision=8)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v1')
try:
    x = 100.0
    r = round(x, -1)
    r = (r, type(r).__name__)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v2')
try:
    x = np.float16(-0.0)
    r = round(x)
    r = (r, type(r).__name__)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v3')
try:
    x, y = np.uint8(255), 2.2250738585072014e-308
    r = '{0:{1}}'.format(x, y if isinstance(y, int) and abs(y) < 100 else 9, a=[x, y], w=11, z=x)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v4')
try:
    x, y = (1/3)*1j+2, np.array(1.5)
    r = '%.10x' % (x,)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v5')
try:
    x = np.array([0.1, 1e-5])
    r = np.array2string(x, suppress_small=False, sign='-')
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v6')
try:
    x = 5e-324
    r = np.format_float_positional(x, unique=False, sign=True, pad_right=None)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v7')
try:
    x = 255
    r = format(x, '_.3') + '|' + format(x)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v8')
try:
    x = np.float64(1e16)
    r = np.format_float_scientific(x, unique=True, sign=False, pad_left=4, min_digits=2)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v9')
try:
    x = np.array([[1.5, -2.0], [1e3, 0.0]])
    r = f'{x:*^10.1b}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v10')
try:
    x = float('-inf')
    r = round(x, 2)
    r = (r, type(r).__name__)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v11')
try:
    x = float('-inf')
    r = f'{x:-z#.3F}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v12')
try:
    x = 2.5
    r = f'{x:5,}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v13')
try:
    x = np.array([1e-10, 1.0, 1e5])
    r = np.array_repr(x, precision=4)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v14')
try:
    x = np.uint64(2**64-1)
    r = f'{x:0.17o}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v15')
try:
    x = np.float16(0.1)
    r = round(x, 15)
    r = (r, type(r).__name__)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v16')
try:
    x = np.complex128(complex(0.1, -3))
    r = (str(x), repr(x))
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v17')
try:
    x = True
    r = format(x, '_> 13,x') + '|' + format(x)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v18')
try:
    x = np.array([1, 2])
    r = np.array2string(x, suppress_small=False, separator=';')
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v19')
try:
    x = np.int16(300)
    r = f'{x=} {x = }'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v20')
try:
    x, y = complex(1e16, 0.1), 'a\tb'
    r = '%+-8.*s %s' % (6, x, y,)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v21')
try:
    x, y = np.uint64(2**64-1), 1e300*10
    r = '%(a)-8.3f|%(b)5d' % {'a': x, 'b': y}
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v22')
try:
    x = ''
    r = f'{x:8d}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v23')
try:
    x, y = 'a\tb', 7
    r = '%(a)s %(b)r' % {'a': x, 'b': y}
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v24')
try:
    x = np.float64(-0.0)
    r = round(x, 15)
    r = (r, type(r).__name__)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
