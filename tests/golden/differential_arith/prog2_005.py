import warnings
import numpy as np

warnings.simplefilter('always')

print('# v0')
try:
    with np.errstate(all='raise'):
        t = np.ones(6, dtype='uint8')[::-1]
        t *= True
        v0 = t
        print(repr(v0), v0.dtype)
        c = np.cumsum(v0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v1')
try:
    v1 = np.arange(12, dtype='uint8')[::2] // np.array([5, 0, 5, 5, 3037000500, -9223372036854775808], dtype='int64')
    print(repr(v1), v1.dtype)
    c = np.cumprod(v1, dtype='float32')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v2')
try:
    v2 = np.float64(-0.25) % np.int8(-5)
    print(repr(v2), v2.dtype)
    c = np.cumprod(v2, dtype='float16')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v3')
try:
    with np.errstate(divide='warn', under='raise'):
        v3 = np.float32(3.5) ** 2**31
        print(repr(v3), v3.dtype)
        c = np.cumsum(v3)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v4')
try:
    t = np.array([9223372036854775807, 0, 3037000500, 0, -9223372036854775808, 5], dtype='int64')
    t %= 1j
    v4 = t
    print(repr(v4), v4.dtype)
    c = np.cumulative_sum(v4, dtype='complex128')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v5')
try:
    with np.errstate(invalid='ignore', divide='raise'):
        v5 = np.linspace(0, 0.5, 6, dtype='uint64') >= np.array([3, -128, 127, 1, -1, 100], dtype='int8')[::-1][2]
        print(repr(v5), v5.dtype)
        c = np.cumsum(v5)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v6')
try:
    v6 = True == np.arange(12, dtype='int16')[::2][::-1]
    print(repr(v6), v6.dtype)
    c = np.cumsum(v6, dtype='int64')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v7')
try:
    with np.errstate(divide='ignore'):
        v7 = 0 <= np.array([1, -128, -1, 127, 1, -7], dtype='int8')
        print(repr(v7), v7.dtype)
        c = np.cumsum(v7)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v8')
try:
    with np.errstate(under='raise'):
        v8 = np.array([0, 9223372036854775808, 9223372036854775808, 6, 9223372036854775808, 9223372036854775808], dtype='uint64') // 7
        print(repr(v8), v8.dtype)
        c = np.cumulative_sum(v8)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v9')
try:
    v9 = np.mod(np.ones(6, dtype='bool')[::-1][-1], float('nan'), dtype='int64')
    print(repr(v9), v9.dtype)
    c = np.cumprod(v9)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v10')
try:
    t = np.arange(6, dtype='int8').reshape(2, 3)
    u = t.T
    u[::-1] /= t[:, ::-1].T
    v10 = t
    print(repr(v10), v10.dtype)
    c = np.cumprod(v10)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v11')
try:
    with np.errstate(invalid='warn'):
        v11 = np.array([float('inf'), 65504.0, -0.0, -3.25, 65504.0, float('inf')], dtype='float16') - 2**31
        print(repr(v11), v11.dtype)
        c = np.cumprod(v11)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v12')
try:
    o = np.zeros((2, 3), dtype='float16')
    v12 = np.add(np.array(3, dtype='int8'), 2, out=o, dtype='bool')
    print(repr(o), o.dtype)
    print(repr(v12), v12.dtype)
    c = np.cumsum(v12)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v13')
try:
    v13 = float('nan') * np.array(3.4e38, dtype='float32')
    print(repr(v13), v13.dtype)
    c = np.cumprod(v13)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v14')
try:
    v14 = np.array([1.5, float('inf'), 1.5, -3.25, -3.25, -3.25], dtype='float16') < -2**63
    print(repr(v14), v14.dtype)
    c = np.cumulative_sum(v14, dtype='uint64')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v15')
try:
    v15 = np.array([False, False, True, False, False, True, False, False, False, False, False, False])[::2][::-1] * np.arange(12, dtype='complex128')[::2][::-1]
    print(repr(v15), v15.dtype)
    c = np.cumsum(v15)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v16')
try:
    t = np.arange(6, dtype='float64').reshape(2, 3)
    u = t.T
    u[::-1] -= t[:, ::-1].T
    v16 = t
    print(repr(v16), v16.dtype)
    c = np.cumulative_sum(v16)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v17')
try:
    with np.errstate(divide='raise', under='ignore'):
        v17 = np.arange(6, dtype='complex128') * np.array([0.0, -float('inf'), -1.0, float('nan'), 1e-40, 1e-40], dtype='float32')
        print(repr(v17), v17.dtype)
        c = np.cumsum(v17, dtype='float64')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v18')
try:
    with np.errstate(invalid='ignore', all='raise'):
        v18 = np.ones(6, dtype='int32') / np.array(1e308, dtype='float64')
        print(repr(v18), v18.dtype)
        c = np.cumsum(v18, dtype='float64')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v19')
try:
    t = np.arange(6, dtype='float64').reshape(2, 3)
    u = t.T
    u += np.transpose(-0.0)
    v19 = t
    print(repr(v19), v19.dtype)
    c = np.cumsum(v19, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v20')
try:
    with np.errstate(all='ignore', divide='warn'):
        t = np.array([-float('inf'), 3.4e38, 1e-40, 3.4e38, -1.0, 3.4e38], dtype='float32')
        t /= np.float64(2.0)
        v20 = t
        print(repr(v20), v20.dtype)
        c = np.cumsum(v20)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v21')
try:
    v21 = np.divide(np.array([65536, 7, 0, 65536, 2147483647, 7], dtype='int32'), np.bool_(True))
    print(repr(v21), v21.dtype)
    c = np.cumprod(v21, dtype='bool')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v22')
try:
    with np.errstate(invalid='raise', divide='warn'):
        v22 = np.array(3, dtype='uint8') < np.arange(6, dtype='float16')[::-1]
        print(repr(v22), v22.dtype)
        c = np.cumulative_sum(v22, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v23')
try:
    v23 = np.arange(12, dtype='int16')[::2][::-1][2] - np.linspace(0, 10, 6, dtype='uint64')[::-1]
    print(repr(v23), v23.dtype)
    c = np.cumulative_sum(v23, dtype='float32')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v24')
try:
    v24 = 300 == np.array([5, 5, 0, 3037000500, 0, 9223372036854775807], dtype='int64').reshape(3, 2).T
    print(repr(v24), v24.dtype)
    c = np.cumprod(v24)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
