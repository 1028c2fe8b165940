import warnings
import numpy as np

warnings.simplefilter('always')

print('# v0')
try:
    t = np.arange(12, dtype='int32')
    t[1:4] //= -129
    v0 = t
    print(repr(v0), v0.dtype)
    c = np.cumulative_sum(v0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v1')
try:
    v1 = np.float32('nan') + np.array(17, dtype='uint8')
    print(repr(v1), v1.dtype)
    c = np.cumsum(v1)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v2')
try:
    with np.errstate(over='raise'):
        v2 = np.int8(127) // np.array([0, 17, 17, 0, 17, 1], dtype='uint8')[::-1]
        print(repr(v2), v2.dtype)
        c = np.cumsum(v2)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v3')
try:
    t = np.arange(12, dtype='float16')
    t[::-1] -= True
    v3 = t
    print(repr(v3), v3.dtype)
    c = np.cumsum(v3, dtype='int8')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v4')
try:
    with np.errstate(all='raise'):
        v4 = np.complex128(1-1j) + np.linspace(-1.5, 3, 6, dtype='uint64')[2]
        print(repr(v4), v4.dtype)
        c = np.cumsum(v4, dtype='int32')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v5')
try:
    with np.errstate(under='raise', over='warn'):
        t = np.arange(6, dtype='float16').reshape(2, 3)
        u = t.T
        u /= np.transpose(2.0)
        v5 = t
        print(repr(v5), v5.dtype)
        c = np.cumulative_sum(v5)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v6')
try:
    o = np.zeros(6, dtype='int32')
    v6 = np.less(np.array([300, -1, -5, -32768, -32768, -1], dtype='int16'), np.array([0.1, -0.0, 0.1, -2.0, 0.0, -0.0], dtype='float64'), out=(o,))
    print(repr(o), o.dtype)
    print(repr(v6), v6.dtype)
    c = np.cumulative_sum(v6)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v7')
try:
    with np.errstate(divide='raise'):
        t = np.arange(6, dtype='float32').reshape(2, 3)
        u = t.T
        u[::-1] += t[:, ::-1].T
        v7 = t
        print(repr(v7), v7.dtype)
        c = np.cumsum(v7, dtype='int8')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v8')
try:
    v8 = np.int32(-7) + np.bool_(True)
    print(repr(v8), v8.dtype)
    c = np.cumprod(v8)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v9')
try:
    with np.errstate(all='warn', divide='warn'):
        v9 = np.array([-1.0, 0.0, 2.5, 2.5, 2.5, -1.0], dtype='float32') % np.zeros(0, dtype='complex128')
        print(repr(v9), v9.dtype)
        c = np.cumprod(v9, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v10')
try:
    with np.errstate(divide='ignore'):
        v10 = np.array([0.0, -2.0, -2.0, float('nan'), float('inf'), 1.5], dtype='float64') % np.array([1.5, 1.5, 65504.0, float('inf'), 1.5, -3.25], dtype='float16')
        print(repr(v10), v10.dtype)
        c = np.cumsum(v10, dtype='float64')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v11')
try:
    v11 = np.array([-1.0, 2.5, -1.0, 2.5, -1.0, 1e-40], dtype='float32') > np.zeros(0, dtype='int32')
    print(repr(v11), v11.dtype)
    c = np.cumprod(v11, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v12')
try:
    v12 = np.ones(6, dtype='float64') // [True, False, False, False, False, False]
    print(repr(v12), v12.dtype)
    c = np.cumulative_sum(v12)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v13')
try:
    with np.errstate(invalid='raise'):
        t = np.arange(12, dtype='int8')[::2].reshape(2, 3)
        t **= True
        v13 = t
        print(repr(v13), v13.dtype)
        c = np.cumsum(v13)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v14')
try:
    v14 = np.float32(3.5) ** np.linspace(-1.5, 0.5, 6, dtype='int8')
    print(repr(v14), v14.dtype)
    c = np.cumsum(v14)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v15')
try:
    v15 = np.arange(6, dtype='int64') + np.ones(6, dtype='uint8')
    print(repr(v15), v15.dtype)
    c = np.cumulative_sum(v15, dtype='int32')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v16')
try:
    o = np.zeros((2, 3), dtype='int16')
    o = np.zeros((2, 6), dtype='int16')[..., ::2]
    v16 = np.not_equal([0j, -1.5j, complex(float('inf'), 1)], np.ones(6, dtype='int32').reshape(2, 3), out=o, dtype='int16', casting='same_kind')
    print(repr(o), o.dtype)
    print(repr(v16), v16.dtype)
    c = np.cumulative_sum(v16)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v17')
try:
    with np.errstate(divide='warn', all='raise'):
        o = np.zeros(6, dtype='int64')
        v17 = np.greater_equal(np.array(-2.0, dtype='float64'), [-128, 1, 127, -1, 100, -7], o, dtype='int16')
        print(repr(o), o.dtype)
        print(repr(v17), v17.dtype)
        c = np.cumulative_sum(v17)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v18')
try:
    t = np.ones(6, dtype='int64').copy()
    t[::-1] **= t
    v18 = t
    print(repr(v18), v18.dtype)
    c = np.cumsum(v18)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v19')
try:
    v19 = np.arange(12, dtype='uint8')[::2][::-1].reshape(2, 3) / -3
    print(repr(v19), v19.dtype)
    c = np.cumsum(v19)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v20')
try:
    v20 = np.array([0, 0, 18446744073709551615, 1, 9223372036854775808, 1], dtype='uint64')[::-1][0] <= np.array([False, True, True, True, False, False, True, True, True, False, True, True])[::2].reshape(3, 2).T
    print(repr(v20), v20.dtype)
    c = np.cumulative_sum(v20)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v21')
try:
    t = np.ones(6, dtype='float16')[::-1].reshape(2, 3)
    t /= True
    v21 = t
    print(repr(v21), v21.dtype)
    c = np.cumsum(v21)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v22')
try:
    with np.errstate(divide='raise'):
        v22 = np.int64(0) // -1
        print(repr(v22), v22.dtype)
        c = np.cumprod(v22)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v23')
try:
    with np.errstate(over='raise', divide='raise'):
        v23 = np.ones(6, dtype='bool').reshape(2, 3) - np.array([0j, 0j, 1+2j], dtype='complex128')
        print(repr(v23), v23.dtype)
        c = np.cumsum(v23)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v24')
try:
    with np.errstate(all='raise'):
        v24 = -3 < np.array([5, 3037000500, -9223372036854775808, 9223372036854775807, -2, 0], dtype='int64')
        print(repr(v24), v24.dtype)
        c = np.cumsum(v24, dtype='float16')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
