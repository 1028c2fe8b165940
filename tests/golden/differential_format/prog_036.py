import numpy as np

print('# v0')
try:
    x = np.uint64(2**64-1)
    r = f'{x:1G}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v1')
try:
    x = -(10**25)
    r = f'{x:^+.20d}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v2')
try:
    x = np.uint32(7)
    w, p = 10, 0
    r = f'{x:{w}.{p}e}|{x:>{w}}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v3')
try:
    x = False
    r = f'{x!a}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v4')
try:
    x = np.array([0.1, 0.2], dtype=np.float32)
    r = f'{x:+13,g}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v5')
try:
    x, y = np.float16(-0.0), complex('nan+infj')
    r = '%8.2f|%%' % (x,)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v6')
try:
    x = 12345678901234567.0
    w, p = 12, 6
    r = f'{x:{w}.{p}f}|{x:>{w}}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v7')
try:
    x = np.float16(0.1)
    r = f'{x:.5n}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v8')
try:
    x = -42
    r = f'{x:+.2b}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v9')
try:
    x = 9.995
    r = f'{x!s:*<10}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v10')
try:
    x = np.array([-0.5, 2.25])
    r = (str(x), repr(x))
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v11')
try:
    x, y = np.uint32(7), 1234567
    r = '{} {}'.format(x, y if isinstance(y, int) and abs(y) < 100 else 9, a=[x, y], w=11, z=x)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v12')
try:
    x = np.complex128(complex(0.1, -3))
    r = (str(x), repr(x))
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v13')
try:
    x, y = np.float64(1e-7), 1+2j
    r = '%0#8.10c|%%' % (x,)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v14')
try:
    x = np.uint32(7)
    r = f'{x:=#13.1e}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v15')
try:
    x, y = -(10**25), 9.995
    r = '%(a)x %(b)e' % {'a': x, 'b': y}
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v16')
try:
    x = np.array(['a', 'bc'])
    r = np.array2string(x, suppress_small=True, floatmode='maxprec', sign='-')
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v17')
try:
    x = np.array([-0.5, 2.25])
    r = f'{x!s:^9}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v18')
try:
    x = np.float32(1e16)
    r = np.format_float_positional(x, pad_left=None, fractional=False, pad_right=6)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v19')
try:
    x = np.arange(3.0)
    r = f'{x=!s:^10} {x = }'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v20')
try:
    x = np.array([0.1, 1e-5])
    r = np.array2string(x, precision=4, suppress_small=True, floatmode='maxprec')
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v21')
try:
    x, y = np.bool_(True), np.bool_(True)
    r = '%.2c|%%' % (x,)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v22')
try:
    x = 0.1+0.2
    r = format(x, '*=') + '|' + format(x)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v23')
try:
    x = 1e22
    r = f'{x:+6b}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v24')
try:
    x = 'héllo'
    w, p = 11, 5
    r = f'{x:{w}.{p}G}|{x:>{w}}'
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
