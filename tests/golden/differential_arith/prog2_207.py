import warnings
import numpy as np

warnings.simplefilter('always')

print('# v0')
try:
    with np.errstate(invalid='ignore', all='raise'):
        t = np.arange(12, dtype='uint8')[::2]
        t /= 1j
        v0 = t
        print(repr(v0), v0.dtype)
        c = np.cumsum(v0, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v1')
try:
    v1 = np.array([0j, -1.5j, 0j, -1.5j, -1.5j, -1.5j], dtype='complex128') <= 2-0.5j
    print(repr(v1), v1.dtype)
    c = np.cumprod(v1)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v2')
try:
    v2 = np.array([0.1, -0.0, float('inf'), float('inf'), -0.0, 0.0], dtype='float16').reshape(2, 3) - -0.0
    print(repr(v2), v2.dtype)
    c = np.cumprod(v2)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v3')
try:
    v3 = np.array([1, 0, 0, 18446744073709551615, 9223372036854775808, 1], dtype='uint64')[::-1] <= 2
    print(repr(v3), v3.dtype)
    c = np.cumsum(v3, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v4')
try:
    v4 = 300 > np.ones(6, dtype='int64').reshape(3, 2).T
    print(repr(v4), v4.dtype)
    c = np.cumprod(v4, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v5')
try:
    with np.errstate(invalid='raise', all='raise'):
        v5 = [3037000500, 0, 9223372036854775807, 0, 9223372036854775807, -2] - np.arange(12, dtype='complex128')[::2]
        print(repr(v5), v5.dtype)
        c = np.cumulative_sum(v5)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v6')
try:
    with np.errstate(over='warn'):
        o = np.zeros(6, dtype='int16')
        v6 = np.floor_divide(np.array(5e-324, dtype='float64'), 1, out=o)
        print(repr(o), o.dtype)
        print(repr(v6), v6.dtype)
        c = np.cumsum(v6, dtype='float32')
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v7')
try:
    t = np.arange(12, dtype='int64')
    t[::-2] -= 300
    v7 = t
    print(repr(v7), v7.dtype)
    c = np.cumprod(v7, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v8')
try:
    v8 = np.array(float('nan'), dtype='float32') % float('nan')
    print(repr(v8), v8.dtype)
    c = np.cumprod(v8)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v9')
try:
    o = np.zeros(6, dtype='int8')
    v9 = np.mod([127, 127, 0, -128, -7, 0], np.array(float('nan'), dtype='float64'), out=o)
    print(repr(o), o.dtype)
    print(repr(v9), v9.dtype)
    c = np.cumsum(v9)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v10')
try:
    with np.errstate(divide='raise'):
        v10 = np.array(-128, dtype='int8') % np.uint64(2**63)
        print(repr(v10), v10.dtype)
        c = np.cumprod(v10, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v11')
try:
    with np.errstate(under='raise', all='warn'):
        v11 = np.ones(6, dtype='int32') * 0
        print(repr(v11), v11.dtype)
        c = np.cumsum(v11, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v12')
try:
    v12 = float('inf') + np.float32(3.5)
    print(repr(v12), v12.dtype)
    c = np.cumprod(v12)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v13')
try:
    v13 = np.array([9223372036854775808, 0, 1], dtype='uint64') % np.linspace(0, 3, 6, dtype='float32').reshape(2, 3)
    print(repr(v13), v13.dtype)
    c = np.cumsum(v13)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v14')
try:
    v14 = np.ones(6, dtype='uint8') + np.float16(65504)
    print(repr(v14), v14.dtype)
    c = np.cumulative_sum(v14, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v15')
try:
    v15 = np.float32('nan') == np.ones(6, dtype='float64')
    print(repr(v15), v15.dtype)
    c = np.cumulative_sum(v15)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v16')
try:
    v16 = np.divide(0, np.array([32767, 2, 0, -1, -1, 300], dtype='int16'), casting='equiv')
    print(repr(v16), v16.dtype)
    c = np.cumsum(v16, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v17')
try:
    t = np.arange(6, dtype='float64').reshape(2, 3)
    u = t.T
    u /= np.transpose(np.uint64(2**63))
    v17 = t
    print(repr(v17), v17.dtype)
    c = np.cumsum(v17)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v18')
try:
    v18 = np.float16(65504) ** np.array([17, 0, 3, 3, 200, 255], dtype='uint8')[::-1].reshape(3, 2).T
    print(repr(v18), v18.dtype)
    c = np.cumprod(v18)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v19')
try:
    o = np.zeros(6, dtype='int16')
    v19 = np.remainder(np.arange(12, dtype='float16')[::2][::-1], np.ones(6, dtype='int32'), out=o, casting='equiv')
    print(repr(o), o.dtype)
    print(repr(v19), v19.dtype)
    c = np.cumprod(v19)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v20')
try:
    with np.errstate(invalid='raise', under='raise'):
        v20 = np.int16(3) * np.complex128(1-1j)
        print(repr(v20), v20.dtype)
        c = np.cumulative_sum(v20)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v21')
try:
    with np.errstate(over='ignore'):
        o = np.zeros((2, 3), dtype='int64')
        v21 = np.fmod(np.arange(12, dtype='int16')[::2].reshape(2, 3), np.array([17, 200, 3, 17, 255, 17], dtype='uint8').reshape(2, 3), o, dtype='int64', casting='no')
        print(repr(o), o.dtype)
        print(repr(v21), v21.dtype)
        c = np.cumsum(v21)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v22')
try:
    v22 = 0.5 * np.ones(6, dtype='float16')
    print(repr(v22), v22.dtype)
    c = np.cumsum(v22)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v23')
try:
    v23 = np.arange(12, dtype='int8')[::2][::-1] == [0.1, 1.5, 1e308, -0.0, 0.0, float('inf')]
    print(repr(v23), v23.dtype)
    c = np.cumulative_sum(v23, axis=0)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
print('# v24')
try:
    with np.errstate(divide='raise', all='raise'):
        v24 = np.array([True, False, True, False, True, False], dtype='bool').reshape(2, 3) <= np.linspace(0, 10, 6, dtype='float16').reshape(2, 3)
        print(repr(v24), v24.dtype)
        c = np.cumsum(v24)
    print(repr(c), c.dtype)
except Exception as e:
    print(type(e).__name__, e)
