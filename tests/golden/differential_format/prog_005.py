import numpy as np

print('# v0')
try:
    x = np.float32(1e16)
    r = round(x, -2)
    r = (r, type(r).__name__)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v1')
try:
    x = 'a\tb'
    r = f'{x=!s:^10} {x = }'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v2')
try:
    x, y = np.uint8(255), 5e-324
    r = '{:^{w}}|{w}'.format(x, y if isinstance(y, int) and abs(y) < 100 else 9, a=[x, y], w=11, z=x)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v3')
try:
    x = -2.5
    r = format(x, '9.10s') + '|' + format(x)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v4')
try:
    x = np.array([123456789.0, 0.001])
    r = f'{x!s}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v5')
try:
    x = 255
    w, p = 2, 0
    r = f'{x:{w}.{p}g}|{x:>{w}}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v6')
try:
    x = np.array([np.nan, np.inf, -1.0])
    r = np.array_repr(x, precision=8)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v7')
try:
    x, y = 0.1+0.2, 0.1+0.2
    r = '%(c)s' % {'a': x, 'b': y}
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v8')
try:
    x = np.float32('nan')
    r = (str(x), repr(x))
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v9')
try:
    x, y = 'a\tb', 123456.789
    r = '%(a)s %(b)r' % {'a': x, 'b': y}
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v10')
try:
    x = np.array(['a', 'bc'])
    r = np.array_repr(x)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v11')
try:
    x = 5e-324
    r = np.format_float_scientific(x, precision=8, unique=False, sign=False)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v12')
try:
    x = -42
    r = f'{x!s:>12}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v13')
try:
    x = np.array([True, False])
    r = f'{x!a:*<10}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v14')
try:
    x = 0.35
    r = f'{x:+.1f}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v15')
try:
    x = 1234567
    w, p = 8, 8
    r = f'{x:{w}.{p}f}|{x:>{w}}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v16')
try:
    x = np.array(['a', 'bc'])
    r = np.array_repr(x)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v17')
try:
    x = 9.995
    r = f'{x:_=11F}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v18')
try:
    x = float('-inf')
    r = np.format_float_positional(x, pad_left=4)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v19')
try:
    x = 100.0
    w, p = 6, 1
    r = f'{x:{w}.{p}G}|{x:>{w}}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v20')
try:
    x = 0.0001234
    r = f'{x=} {x = }'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v21')
try:
    x = 1+2j
    r = f'{x:#11.20}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v22')
try:
    x = -1000000
    r = round(x, 2)
    r = (r, type(r).__name__)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v23')
try:
    x = np.array(3)
    r = np.array2string(x, sign=' ', separator=' ')
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v24')
try:
    x = np.str_('abc')
    r = round(x, 0)
    r = (r, type(r).__name__)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
