import warnings
import numpy as np

warnings.simplefilter('always')

print('# v0')
try:
    with np.errstate(invalid='warn', all='raise'):
        v0 = np.ones(6, dtype='int16') + np.array([-9223372036854775808, -2, -9223372036854775808, 0, 5, 9223372036854775807], dtype='int64')
        print(repr(v0), v0.dtype)
        c = np.cumulative_sum(v0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v1')
try:
    with np.errstate(all='ignore'):
        o = np.zeros(6, dtype='float16')
        v1 = np.not_equal([9223372036854775807, -2, 5, -9223372036854775808, 0, 5], np.array(-1.5j, dtype='complex128'), out=o, casting='same_kind')
        print(repr(o), o.dtype)
        print(repr(v1), v1.dtype)
        c = np.cumsum(v1, dtype='float16')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v2')
try:
    v2 = np.array(1e-40, dtype='float32') + np.ones(6, dtype='float16').reshape(2, 3)
    print(repr(v2), v2.dtype)
    c = np.cumsum(v2)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v3')
try:
    with np.errstate(under='raise'):
        t = np.array([False, False, True, True, True, True, False, True, False, False, True, True])[::2]
        t -= 2
        v3 = t
        print(repr(v3), v3.dtype)
        c = np.cumsum(v3, dtype='bool')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v4')
try:
    v4 = np.array(-2.0, dtype='float64') / np.uint64(2**63)
    print(repr(v4), v4.dtype)
    c = np.cumsum(v4)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v5')
try:
    t = np.array([0, 7, -2147483648, -3, -2147483648, 7], dtype='int32')
    t -= np.linspace(0, 10, 6, dtype='int32')[::-1]
    v5 = t
    print(repr(v5), v5.dtype)
    c = np.cumsum(v5, dtype='float64')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v6')
try:
    t = np.array([3, 255, 1, 200, 0, 200], dtype='uint8').copy()
    t[::-1] **= t
    v6 = t
    print(repr(v6), v6.dtype)
    c = np.cumsum(v6)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v7')
try:
    v7 = np.array([1.5, -0.0, 0.0, float('nan'), float('nan'), 0.0], dtype='float16')[2] * np.array([-3.25, 1.5, 0.0, float('nan'), float('inf'), float('inf')], dtype='float16')
    print(repr(v7), v7.dtype)
    c = np.cumsum(v7)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v8')
try:
    v8 = np.array([32767, 0, 300, 2, 2, -32768], dtype='int16').reshape(2, 3) >= np.linspace(-1.5, 10, 6, dtype='int16')[::-1][-1]
    print(repr(v8), v8.dtype)
    c = np.cumsum(v8)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v9')
try:
    t = np.ones(6, dtype='float16').copy()
    t[:-1] -= t[1:]
    v9 = t
    print(repr(v9), v9.dtype)
    c = np.cumsum(v9)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v10')
try:
    v10 = np.ascontiguousarray(np.array([-3, 65536, -3, 2147483647, 65536, 2147483647], dtype='int32')[::-1].reshape(3, 2)[::-1].T) / 0
    print(repr(v10), v10.dtype)
    c = np.cumsum(v10, dtype='float64')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v11')
try:
    o = np.zeros(6, dtype='int16')
    v11 = np.add(np.array([1, 1, 9223372036854775808, 1, 0, 1], dtype='uint64'), -3, o, dtype='float64')
    print(repr(o), o.dtype)
    print(repr(v11), v11.dtype)
    c = np.cumsum(v11)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v12')
try:
    o = np.zeros(6, dtype='uint64')
    o = np.zeros(12, dtype='uint64')[..., ::2]
    v12 = np.add(-3, np.array([-5, 300, -32768, 300, 0, 2], dtype='int16')[::-1], out=o, dtype='int8')
    print(repr(o), o.dtype)
    print(repr(v12), v12.dtype)
    c = np.cumsum(v12, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v13')
try:
    o = np.zeros((2, 3), dtype='uint8')
    o = np.zeros((2, 6), dtype='uint8')[..., ::2]
    v13 = np.true_divide(2**63, np.array([5, -9223372036854775808, 3037000500], dtype='int64'), out=o, casting='no')
    print(repr(o), o.dtype)
    print(repr(v13), v13.dtype)
    c = np.cumprod(v13)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v14')
try:
    with np.errstate(over='raise', all='warn'):
        v14 = np.array([float('nan'), 0.0], dtype='float64')[:, None] - np.int8(-5)
        print(repr(v14), v14.dtype)
        c = np.cumprod(v14)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v15')
try:
    with np.errstate(invalid='raise'):
        v15 = np.array([17, 200, 1, 1, 3, 200], dtype='uint8') % np.array([complex(float('inf'), 1), complex(0, float('nan')), 1+2j, 0j, complex(float('inf'), 1), complex(0, float('nan'))], dtype='complex128')
        print(repr(v15), v15.dtype)
        c = np.cumsum(v15, dtype='float16')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v16')
try:
    t = np.linspace(-3, 3, 6, dtype='float16').copy()
    t[::2] *= t[1::2]
    v16 = t
    print(repr(v16), v16.dtype)
    c = np.cumulative_sum(v16)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v17')
try:
    v17 = np.multiply(np.arange(12, dtype='int8')[::2], np.array([float('nan'), -2.0, 5e-324, float('nan'), float('nan'), 5e-324], dtype='float64'), casting='safe')
    print(repr(v17), v17.dtype)
    c = np.cumulative_sum(v17)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v18')
try:
    t = np.array([True, False, False, False, True, True], dtype='bool').copy()
    t[1:] -= t[:-1][::-1]
    v18 = t
    print(repr(v18), v18.dtype)
    c = np.cumprod(v18, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v19')
try:
    v19 = np.array([-3.25, 1.5, 65504.0, 1.5, float('inf'), -0.0], dtype='float16') + np.array([-2.0, float('inf'), float('nan'), float('nan'), -2.0, 1.5], dtype='float64')
    print(repr(v19), v19.dtype)
    c = np.cumulative_sum(v19)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v20')
try:
    v20 = np.array([-1.0, 3.4e38, 0.1, -float('inf'), float('nan'), 0.1], dtype='float32')[::-1].reshape(2, 3) + np.array([0, -7, -1, -128, 3, 3], dtype='int8').reshape(2, 3)
    print(repr(v20), v20.dtype)
    c = np.cumsum(v20)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v21')
try:
    v21 = 2 == np.arange(12, dtype='float64')[::2]
    print(repr(v21), v21.dtype)
    c = np.cumprod(v21)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v22')
try:
    with np.errstate(under='ignore'):
        t = np.linspace(-3, 3, 6, dtype='uint8').reshape(2, 3)
        t -= 0.5
        v22 = t
        print(repr(v22), v22.dtype)
        c = np.cumulative_sum(v22)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v23')
try:
    v23 = np.array([1e-40, 3.4e38, 0.1, 3.4e38, float('nan'), 1e-40], dtype='float32')[-1] / np.ones(6, dtype='int8')[::-1].reshape(3, 2).T
    print(repr(v23), v23.dtype)
    c = np.cumprod(v23)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v24')
try:
    with np.errstate(invalid='ignore'):
        t = np.arange(6, dtype='complex128').reshape(2, 3)
        u = t.T
        u += np.transpose(True)
        v24 = t
        print(repr(v24), v24.dtype)
        c = np.cumprod(v24)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
