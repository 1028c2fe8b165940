import numpy as np

print('# v0')
try:
    x = 'héllo'
    r = f'{x=:e} {x = }'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v1')
try:
    x = np.float32(3.4028235e38)
    r = round(x, 0)
    r = (r, type(r).__name__)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v2')
try:
    x = np.float16(-0.0)
    r = f'{x!r:*<10}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v3')
try:
    x = np.bool_(False)
    r = f'{x!r}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v4')
try:
    x = -0.0
    r = np.format_float_positional(x, sign=True, min_digits=None, fractional=False, pad_right=6)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v5')
try:
    x = 1.5
    r = f'{x:+z#.20d}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v6')
try:
    x = np.uint32(7)
    r = f'{x=:>8} {x = }'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v7')
try:
    x = np.int8(-128)
    r = round(x, 15)
    r = (r, type(r).__name__)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v8')
try:
    x = 2.2250738585072014e-308
    r = format(x, 'z.17g') + '|' + format(x)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v9')
try:
    x = float('-inf')
    r = f'{x:06F__}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v10')
try:
    x = 3j
    r = f'{x:>#X}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v11')
try:
    x = 3j
    r = f'{x:-<g}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v12')
try:
    x = np.array([1+1j, 0.5j])
    r = np.array2string(x)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v13')
try:
    x = np.uint32(7)
    r = (str(x), repr(x))
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v14')
try:
    x, y = 'héllo', "it's"
    r = '%8.0G %s' % (x, y,)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v15')
try:
    x = np.uint16(65535)
    r = f'{x!r:.3}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v16')
try:
    x = np.array(['a', 'bc'])
    r = f'{x:#9.1b}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v17')
try:
    x = np.array([1+1j, 0.5j])
    r = np.array_repr(x)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v18')
try:
    x, y = np.array(3), 2.2250738585072014e-308
    r = '%+-.2r|%%' % (x,)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v19')
try:
    x = np.complex64(1+2j)
    r = (str(x), repr(x))
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v20')
try:
    x = -0.0
    r = f'{x!s:>12}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v21')
try:
    x = np.array([1+1j, 0.5j])
    r = (str(x), repr(x))
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v22')
try:
    x = np.float32(-2.5)
    r = format(x, '-b') + '|' + format(x)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v23')
try:
    x = 9.995
    r = f'{x:>-10.20}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v24')
try:
    x, y = 100.0, 0.35
    r = '%08d|%%' % (x,)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
