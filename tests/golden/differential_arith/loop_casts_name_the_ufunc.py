import numpy as np
import warnings

warnings.simplefilter('always')

# The cast into a float32 array in place is part of the multiply loop.
t = np.array([3.4e38, 1.0], dtype='float32')
t *= np.float64(2.0)
print(t)
u = np.arange(6, dtype='float16').reshape(2, 3)
u.T[...] = 1
u *= np.uint64(2**63)
print(u)
# out= of another dtype, and dtype= input casts.
o = np.zeros(2, dtype='float16')
print(np.true_divide(np.array([9223372036854775808, 6], dtype='uint64'), -129, out=o))
o2 = np.zeros(2, dtype='int32')
print(np.subtract(np.int64(2), np.array([float('nan'), 1.0]), o2, casting='unsafe'))
print(np.multiply(np.array([65504.0, float('nan')], dtype='float16'), np.float32(3.5),
                  dtype='int16', casting='unsafe'))
o3 = np.zeros(3, dtype='int8')
print(np.add(np.array([1.0, 300.0, float('inf')]), 1.0, out=o3, casting='unsafe',
             where=[True, True, False]))
with np.errstate(over='raise'):
    try:
        t = np.array([3.4e38], dtype='float32')
        t += np.float64(3.4e38)
    except FloatingPointError as e:
        print(type(e).__name__, e)
# NumPy casts a 0-d or small 1-d input up front (a cast); a 2-d or long
# one inside the loop.
a = np.array([65504.0, float('nan')], dtype='float16')
print(np.multiply(a, np.float32(3.5), dtype='int16', casting='unsafe'))
print(np.multiply(a.reshape(2, 1), np.ones(3, 'float32'), dtype='int16', casting='unsafe'))
print(np.multiply(np.full(10000, np.nan, 'float16'), 1, dtype='int16', casting='unsafe')[:2])
print(np.add(np.array([1e300, 1.0]), np.float64(1), dtype='float32'))
# An explicit cast still says "cast".
print(np.array([1e300]).astype('float32'))
