import warnings
import numpy as np

warnings.simplefilter('always')

print('# v0')
try:
    o = np.zeros((2, 3), dtype='float32')
    o = np.zeros((2, 6), dtype='float32')[..., ::2]
    v0 = np.not_equal(np.array(1.5, dtype='float16'), -2**63, out=o, casting='same_kind')
    print(repr(o), o.dtype)
    print(repr(v0), v0.dtype)
    c = np.cumsum(v0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v1')
try:
    with np.errstate(under='warn', over='raise'):
        t = (np.arange(6) % 2 == 0).copy()
        t[:-1] %= t[1:]
        v1 = t
        print(repr(v1), v1.dtype)
        c = np.cumsum(v1)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v2')
try:
    with np.errstate(all='ignore'):
        v2 = np.arange(12, dtype='complex128')[::2].reshape(2, 3) >= np.array([-5, 2, 300, -5, 0, 300], dtype='int16').reshape(2, 3)
        print(repr(v2), v2.dtype)
        c = np.cumsum(v2, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v3')
try:
    v3 = np.mod(np.float32(3.5), np.linspace(0, 3, 6, dtype='float64')[::-1], dtype='int64')
    print(repr(v3), v3.dtype)
    c = np.cumulative_sum(v3, dtype='complex128')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v4')
try:
    v4 = np.linspace(-1.5, 0.5, 6, dtype='uint64') // 2**64
    print(repr(v4), v4.dtype)
    c = np.cumulative_sum(v4)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v5')
try:
    v5 = np.array(True, dtype='bool') / np.arange(12, dtype='uint64')[::2]
    print(repr(v5), v5.dtype)
    c = np.cumsum(v5)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v6')
try:
    with np.errstate(divide='ignore', invalid='raise'):
        v6 = 2.0 > np.zeros(0, dtype='complex128')
        print(repr(v6), v6.dtype)
        c = np.cumulative_sum(v6)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v7')
try:
    with np.errstate(under='raise', all='ignore'):
        v7 = np.not_equal(np.array([0.0, -0.0, 0.1, 0.1, 1.5, float('inf')], dtype='float64'), np.arange(12, dtype='int16')[::2], casting='same_kind')
        print(repr(v7), v7.dtype)
        c = np.cumsum(v7, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v8')
try:
    with np.errstate(over='raise'):
        t = np.arange(6, dtype='complex128').reshape(2, 3)
        u = t.T
        u[::-1] -= t[:, ::-1].T
        v8 = t
        print(repr(v8), v8.dtype)
        c = np.cumsum(v8, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v9')
try:
    v9 = np.zeros(0, dtype='int8') ** 2.0
    print(repr(v9), v9.dtype)
    c = np.cumsum(v9, dtype='float16')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v10')
try:
    o = np.zeros(6, dtype='uint8')
    v10 = np.subtract(np.linspace(-1.5, 3, 6, dtype='bool'), np.linspace(-1.5, 0.5, 6, dtype='uint64'), out=o)
    print(repr(o), o.dtype)
    print(repr(v10), v10.dtype)
    c = np.cumsum(v10)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v11')
try:
    t = np.ones(6, dtype='uint8')
    t **= np.ones(6, dtype='float64')
    v11 = t
    print(repr(v11), v11.dtype)
    c = np.cumsum(v11, dtype='float64')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v12')
try:
    with np.errstate(under='warn'):
        v12 = np.linspace(-1.5, 10, 6, dtype='bool').reshape(2, 3) - np.linspace(-1.5, 10, 6, dtype='float64').reshape(2, 3)
        print(repr(v12), v12.dtype)
        c = np.cumsum(v12)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v13')
try:
    t = np.arange(6, dtype='uint64').reshape(2, 3)
    u = t.T
    u[::-1] %= t[:, ::-1].T
    v13 = t
    print(repr(v13), v13.dtype)
    c = np.cumsum(v13)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v14')
try:
    t = np.ones(6, dtype='float16').copy()
    t[::2] //= t[1::2]
    v14 = t
    print(repr(v14), v14.dtype)
    c = np.cumulative_sum(v14)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v15')
try:
    with np.errstate(all='ignore'):
        v15 = np.array([False, True, True, False, False, False], dtype='bool') + np.float16(0.5)
        print(repr(v15), v15.dtype)
        c = np.cumprod(v15, dtype='uint8')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v16')
try:
    t = np.array([0.0, 3.4e38, -1.0, 2.5, float('nan'), 0.1], dtype='float32')[::-1].reshape(2, 3)
    t %= 1j
    v16 = t
    print(repr(v16), v16.dtype)
    c = np.cumulative_sum(v16, dtype='float16')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v17')
try:
    t = np.array([3037000500, 5, 0, 3037000500, -2, 5], dtype='int64').copy()
    t[::2] /= t[1::2]
    v17 = t
    print(repr(v17), v17.dtype)
    c = np.cumprod(v17)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v18')
try:
    v18 = float('nan') < np.arange(6, dtype='complex128')
    print(repr(v18), v18.dtype)
    c = np.cumulative_sum(v18, dtype='float16')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v19')
try:
    t = np.arange(12, dtype='int32')
    t[1:4] *= np.ones(6, dtype='int8')[::-1]
    v19 = t
    print(repr(v19), v19.dtype)
    c = np.cumsum(v19, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v20')
try:
    with np.errstate(all='warn', invalid='raise'):
        t = np.arange(12, dtype='int64')
        t[::-1] //= np.array([1, 1, 3, -128, 100, -1], dtype='int8')[::-1]
        v20 = t
        print(repr(v20), v20.dtype)
        c = np.cumsum(v20, dtype='int16')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v21')
try:
    with np.errstate(over='raise', divide='raise'):
        v21 = np.int32(-7) > 2**64
        print(repr(v21), v21.dtype)
        c = np.cumsum(v21, dtype='float16')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v22')
try:
    with np.errstate(under='warn', invalid='ignore'):
        v22 = np.equal(np.array([3037000500, 0, 3037000500, -2, -2, -2], dtype='int64')[::-1], [1, -7, 127, 1, 3, 3], dtype='uint8', casting='safe')
        print(repr(v22), v22.dtype)
        c = np.cumsum(v22)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v23')
try:
    v23 = 2.0 != np.linspace(-3, 0.5, 6, dtype='complex128').reshape(2, 3)
    print(repr(v23), v23.dtype)
    c = np.cumsum(v23)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v24')
try:
    with np.errstate(invalid='raise'):
        v24 = np.linspace(-3, 3, 6, dtype='uint8')[2] <= 2-0.5j
        print(repr(v24), v24.dtype)
        c = np.cumsum(v24, dtype='float32')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
