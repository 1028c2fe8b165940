import warnings
import numpy as np

warnings.simplefilter('always')

print('# v0')
try:
    v0 = np.int32(-7) / [-2.0, 1e308, -0.0, 1.5, 1e308, float('nan')]
    print(repr(v0), v0.dtype)
    c = np.cumsum(v0, dtype='float32')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v1')
try:
    v1 = np.linspace(-3, 10, 6, dtype='bool') % np.array([200, 17, 0, 0, 17, 255], dtype='uint8')[::-1]
    print(repr(v1), v1.dtype)
    c = np.cumulative_sum(v1)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v2')
try:
    t = np.arange(6, dtype='uint8').reshape(2, 3)
    u = t.T
    u -= np.transpose(np.array([100, -7, -1, 3, 127, 1], dtype='int8')[::-1].reshape(2, 3))
    v2 = t
    print(repr(v2), v2.dtype)
    c = np.cumprod(v2, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v3')
try:
    v3 = np.ones(6, dtype='float32') % 1j
    print(repr(v3), v3.dtype)
    c = np.cumsum(v3, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v4')
try:
    v4 = np.arange(6, dtype='int32')[::-1].reshape(2, 3) ** np.ascontiguousarray(np.arange(12, dtype='int8')[::2].reshape(3, 2)[::-1].T)
    print(repr(v4), v4.dtype)
    c = np.cumprod(v4)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v5')
try:
    v5 = np.array(2.5, dtype='float32') ** 7
    print(repr(v5), v5.dtype)
    c = np.cumprod(v5)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v6')
try:
    with np.errstate(over='ignore'):
        v6 = 300 < np.array(2, dtype='int16')
        print(repr(v6), v6.dtype)
        c = np.cumprod(v6)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v7')
try:
    with np.errstate(invalid='warn', under='raise'):
        t = np.array([3, 100, 0, 100, -7, -128], dtype='int8').reshape(2, 3)
        t += 0.5
        v7 = t
        print(repr(v7), v7.dtype)
        c = np.cumprod(v7)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v8')
try:
    v8 = np.ascontiguousarray(np.ones(6, dtype='int16').reshape(3, 2)[::-1].T) // np.uint64(3)
    print(repr(v8), v8.dtype)
    c = np.cumsum(v8)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v9')
try:
    v9 = np.array(0.0, dtype='float64') ** np.ones(6, dtype='uint8')[::-1]
    print(repr(v9), v9.dtype)
    c = np.cumulative_sum(v9)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v10')
try:
    v10 = np.arange(12, dtype='int8')[::2].reshape(3, 2).T * np.array([-7, -7, 127, -1, 1, 100], dtype='int8').reshape(2, 3)
    print(repr(v10), v10.dtype)
    c = np.cumsum(v10, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v11')
try:
    with np.errstate(over='ignore'):
        v11 = [0, 0, -9223372036854775808] ** np.array([9223372036854775807, 3037000500], dtype='int64')[:, None]
        print(repr(v11), v11.dtype)
        c = np.cumsum(v11, dtype='int16')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v12')
try:
    t = np.linspace(-1.5, 3, 6, dtype='float64')
    t //= np.array([complex(float('inf'), 1), 1+2j, 3+0j, complex(float('inf'), 1), 0j, 1e308+1e308j], dtype='complex128')
    v12 = t
    print(repr(v12), v12.dtype)
    c = np.cumulative_sum(v12)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v13')
try:
    t = np.arange(12, dtype='float16')
    t[1:4] %= np.array([-7, -7, -7, -128, -128, 100], dtype='int8')
    v13 = t
    print(repr(v13), v13.dtype)
    c = np.cumsum(v13)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v14')
try:
    v14 = np.array(-2.0, dtype='float64') ** np.array(True, dtype='bool')
    print(repr(v14), v14.dtype)
    c = np.cumprod(v14)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v15')
try:
    with np.errstate(all='raise'):
        v15 = [float('nan'), float('inf'), float('inf')] / np.arange(6, dtype='int32').reshape(2, 3)
        print(repr(v15), v15.dtype)
        c = np.cumsum(v15, dtype='bool')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v16')
try:
    with np.errstate(under='raise'):
        v16 = np.array([1.5, -0.0, float('nan'), 65504.0, float('inf'), 1.5], dtype='float16')[::-1] / np.linspace(0, 0.5, 6, dtype='uint8')[::-1]
        print(repr(v16), v16.dtype)
        c = np.cumulative_sum(v16)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v17')
try:
    v17 = np.float32(3.5) // 2-0.5j
    print(repr(v17), v17.dtype)
    c = np.cumprod(v17)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v18')
try:
    with np.errstate(all='raise', divide='raise'):
        v18 = np.array([-2147483648, 2147483647, -3, -3, 0, -3], dtype='int32')[::-1].reshape(2, 3) + 2
        print(repr(v18), v18.dtype)
        c = np.cumsum(v18)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v19')
try:
    v19 = np.array([17, 0, 3, 200, 200, 1], dtype='uint8') // float('inf')
    print(repr(v19), v19.dtype)
    c = np.cumsum(v19, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v20')
try:
    with np.errstate(over='warn'):
        t = np.linspace(-1.5, 10, 6, dtype='uint8')
        t /= 300
        v20 = t
        print(repr(v20), v20.dtype)
        c = np.cumsum(v20)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v21')
try:
    v21 = 2**31 ** np.ones(6, dtype='int16')[::-1]
    print(repr(v21), v21.dtype)
    c = np.cumsum(v21)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v22')
try:
    with np.errstate(divide='ignore', invalid='raise'):
        v22 = np.subtract(np.ones(6, dtype='uint64')[::-1].reshape(3, 2).T, np.ones(6, dtype='int8')[::-1].reshape(2, 3), dtype='uint8', casting='no')
        print(repr(v22), v22.dtype)
        c = np.cumulative_sum(v22, dtype='uint64')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v23')
try:
    v23 = np.linspace(-3, 10, 6, dtype='complex128').reshape(3, 2).T - np.array([300, 300, -1, -1, -1, -32768], dtype='int16').reshape(2, 3)
    print(repr(v23), v23.dtype)
    c = np.cumsum(v23)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v24')
try:
    with np.errstate(divide='raise', invalid='raise'):
        t = np.array([1, 127, -128, 100, -1, 100], dtype='int8')
        t //= True
        v24 = t
        print(repr(v24), v24.dtype)
        c = np.cumsum(v24, dtype='float64')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
