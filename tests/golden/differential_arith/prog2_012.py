import warnings
import numpy as np

warnings.simplefilter('always')

print('# v0')
try:
    v0 = 0 * np.arange(12, dtype='float32')[::2][2]
    print(repr(v0), v0.dtype)
    c = np.cumsum(v0, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v1')
try:
    t = np.arange(6, dtype='int16').reshape(2, 3)
    u = t.T
    u[::-1] -= t[:, ::-1].T
    v1 = t
    print(repr(v1), v1.dtype)
    c = np.cumprod(v1)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v2')
try:
    with np.errstate(all='warn'):
        t = np.arange(12, dtype='uint8')
        t[::-1] *= [0.0, 1e308, -2.0, 0.1, float('nan'), 1.5]
        v2 = t
        print(repr(v2), v2.dtype)
        c = np.cumsum(v2, dtype='float16')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v3')
try:
    with np.errstate(over='ignore'):
        v3 = np.array([0, 3, 200, 200, 1, 3], dtype='uint8') ** np.uint64(3)
        print(repr(v3), v3.dtype)
        c = np.cumsum(v3)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v4')
try:
    with np.errstate(over='warn'):
        o = np.zeros(6, dtype='float16')
        v4 = np.subtract(np.arange(6, dtype='float64'), -3, out=(o,), dtype='uint8', casting='safe')
        print(repr(o), o.dtype)
        print(repr(v4), v4.dtype)
        c = np.cumprod(v4)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v5')
try:
    with np.errstate(invalid='raise', divide='ignore'):
        t = np.array([float('nan'), 3.4e38, 0.1, -float('inf'), 0.1, 1e-40], dtype='float32')
        t //= [5e-324, 0.1, -2.0, 0.1, 1.5, -2.0]
        v5 = t
        print(repr(v5), v5.dtype)
        c = np.cumprod(v5, dtype='float16')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v6')
try:
    v6 = np.array([100, 100, 100, -128, -7, -1], dtype='int8')[::-1] // 2
    print(repr(v6), v6.dtype)
    c = np.cumulative_sum(v6)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v7')
try:
    with np.errstate(under='raise'):
        v7 = np.zeros(0, dtype='float32') ** np.array(65504.0, dtype='float16')
        print(repr(v7), v7.dtype)
        c = np.cumsum(v7, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v8')
try:
    v8 = np.complex128(1-1j) / np.array(complex(0, float('nan')), dtype='complex128')
    print(repr(v8), v8.dtype)
    c = np.cumprod(v8)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v9')
try:
    t = np.arange(6, dtype='float16').reshape(2, 3)
    u = t.T
    u -= np.transpose(0.5)
    v9 = t
    print(repr(v9), v9.dtype)
    c = np.cumsum(v9)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v10')
try:
    v10 = np.array(1, dtype='uint8') // np.uint64(2**63)
    print(repr(v10), v10.dtype)
    c = np.cumsum(v10)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v11')
try:
    o = np.zeros((2, 3), dtype='float16')
    v11 = np.true_divide(np.int16(3), np.zeros(0, dtype='uint8'), out=(o,), dtype='int16')
    print(repr(o), o.dtype)
    print(repr(v11), v11.dtype)
    c = np.cumsum(v11)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v12')
try:
    o = np.zeros((2, 3), dtype='float32')
    v12 = np.equal(np.arange(6, dtype='uint64').reshape(3, 2).T, [-128, -7, 1], o, dtype='int16', casting='unsafe')
    print(repr(o), o.dtype)
    print(repr(v12), v12.dtype)
    c = np.cumsum(v12)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v13')
try:
    v13 = np.int16(3) * [3037000500, 0, -9223372036854775808]
    print(repr(v13), v13.dtype)
    c = np.cumprod(v13)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v14')
try:
    v14 = np.linspace(-3, 10, 6, dtype='int32') < np.float32(3.5)
    print(repr(v14), v14.dtype)
    c = np.cumprod(v14, dtype='int16')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v15')
try:
    with np.errstate(under='raise'):
        t = np.arange(12, dtype='int64')[::2]
        t %= np.float64(2.0)
        v15 = t
        print(repr(v15), v15.dtype)
        c = np.cumprod(v15)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v16')
try:
    v16 = np.array([1e308+1e308j, 1+2j, 1+2j, 3+0j, 1+2j, complex(float('inf'), 1)], dtype='complex128')[-1] <= np.array(255, dtype='uint8')
    print(repr(v16), v16.dtype)
    c = np.cumprod(v16, dtype='int64')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v17')
try:
    v17 = np.ones(6, dtype='uint8') != [-7, 3, 3, 3, -128, 0]
    print(repr(v17), v17.dtype)
    c = np.cumulative_sum(v17, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v18')
try:
    v18 = float('nan') ** np.array(-2147483648, dtype='int32')
    print(repr(v18), v18.dtype)
    c = np.cumulative_sum(v18, dtype='float32')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v19')
try:
    o = np.zeros(6, dtype='float64')
    v19 = np.greater_equal(np.uint8(200), float('inf'), out=(o,), dtype='float64')
    print(repr(o), o.dtype)
    print(repr(v19), v19.dtype)
    c = np.cumulative_sum(v19)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v20')
try:
    t = np.arange(6, dtype='int64').reshape(2, 3)
    u = t.T
    u[::-1] += t[:, ::-1].T
    v20 = t
    print(repr(v20), v20.dtype)
    c = np.cumprod(v20)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v21')
try:
    with np.errstate(invalid='warn'):
        v21 = 1 % np.linspace(-1.5, 0.5, 6, dtype='int8').reshape(2, 3)
        print(repr(v21), v21.dtype)
        c = np.cumsum(v21)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v22')
try:
    with np.errstate(under='raise'):
        o = np.zeros((2, 3), dtype='float16')
        v22 = np.divide(np.array([5, 3037000500, -9223372036854775808, 5, -2, -9223372036854775808], dtype='int64').reshape(2, 3), -129, o)
        print(repr(o), o.dtype)
        print(repr(v22), v22.dtype)
        c = np.cumulative_sum(v22, dtype='int16')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v23')
try:
    o = np.zeros(6, dtype='int8')
    v23 = np.remainder(np.array(-1, dtype='int8'), np.array(-3, dtype='int32'), o, dtype='float64', casting='equiv')
    print(repr(o), o.dtype)
    print(repr(v23), v23.dtype)
    c = np.cumsum(v23)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v24')
try:
    with np.errstate(divide='warn'):
        v24 = [True, False, True, True, False, False] ** np.array(-3.25, dtype='float16')
        print(repr(v24), v24.dtype)
        c = np.cumsum(v24, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
