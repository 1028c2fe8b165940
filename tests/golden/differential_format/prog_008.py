import numpy as np

print('# v0')
try:
    x = np.int64(10**15)
    r = f'{x:-n}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v1')
try:
    x, y = float('-inf'), -42
    r = '%(a)-8.3f|%(b)5d' % {'a': x, 'b': y}
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v2')
try:
    x = np.array([0.1, 1e-5])
    r = (str(x), repr(x))
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v3')
try:
    x, y = 123456.789, 1e22
    r = '%(a)s %(b)r' % {'a': x, 'b': y}
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v4')
try:
    x = np.array([1, 2])
    w, p = 2, 4
    r = f'{x:{w}.{p}G}|{x:>{w}}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v5')
try:
    x = False
    r = f'{x:^+}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v6')
try:
    x = np.int16(300)
    r = (str(x), repr(x))
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v7')
try:
    x = 'abc'
    r = format(x, '#6s') + '|' + format(x)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v8')
try:
    x, y = 1/3, 1e300*10
    r = '%(a)x %(b)e' % {'a': x, 'b': y}
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v9')
try:
    x = np.float16(65504)
    r = np.format_float_scientific(x, trim='0', min_digits=None, exp_digits=1)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v10')
try:
    x = np.float16(0.1)
    r = f'{x:s}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v11')
try:
    x = True
    r = f'{x:7,}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v12')
try:
    x = 0
    r = round(x, 1)
    r = (r, type(r).__name__)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v13')
try:
    x = np.complex128(complex(0.1, -3))
    r = round(x)
    r = (r, type(r).__name__)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v14')
try:
    x = 1/3
    r = np.format_float_positional(x, precision=8, unique=True, sign=False, min_digits=2)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v15')
try:
    x = np.array(3)
    r = np.array2string(x, precision=2, suppress_small=False, floatmode='fixed', sign=' ')
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v16')
try:
    x = 2.675
    r = f'{x:09s}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v17')
try:
    x, y = 'a\tb', 5e-324
    r = '%+ .0g' % (x,)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v18')
try:
    x = float('inf')
    r = format(x, '.1f') + '|' + format(x)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v19')
try:
    x = 3j
    r = f'{x: f}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v20')
try:
    x = ''
    r = format(x, 'z.5e') + '|' + format(x)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v21')
try:
    x = np.uint8(255)
    r = round(x, 3)
    r = (r, type(r).__name__)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v22')
try:
    x = 5e-324
    r = np.format_float_scientific(x, sign=False, exp_digits=None)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v23')
try:
    x = 9.995
    r = f'{x:.20}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v24')
try:
    x, y = np.uint64(2**64-1), np.int8(-128)
    r = '{z.real:+.2e}'.format(x, y if isinstance(y, int) and abs(y) < 100 else 9, a=[x, y], w=11, z=x)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
