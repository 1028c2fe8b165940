# Variations a learner tries after the overflow lessons (ABC169's product, int16 cumprod, int32
# accumulate): object and float accumulators against math.factorial, 64-bit wraps, Python ints
# too big for int64, casts through dtype=, complex products, and np.errstate(over='raise').
import numpy as np
import math
n = np.arange(1, 26)
print(np.cumprod(n, dtype=object)[-3:], np.prod(n, dtype=object), math.factorial(25))
print(np.cumprod(n.astype(float))[-1], f"{np.cumprod(n.astype(float))[-1]:.6e}", float(math.factorial(25)))
print(np.cumprod(n.astype(np.float32))[-5:])
print(np.cumprod(np.arange(1, 30, dtype=np.uint64))[-3:])
print(np.cumprod(np.array([2] * 70, dtype=np.int64))[60:])
print(np.cumsum(np.array([2**62, 2**62])), np.cumsum(np.array([2**62, 2**62], dtype=np.uint64)))
print(np.cumprod([10**9, 10**9, 10**9]), np.cumprod([10**9, 10**9, 10**9], dtype=float))
print(np.cumsum([2**63 - 1, 1]))
try:
    print(np.cumsum([2**64, 1]))
except OverflowError as e:
    print("OverflowError:", e)
print(np.cumsum([2**63, 1]))
print(np.array([10, 20, 30, 40, 50], dtype='int16').cumprod(dtype='int16'))
print(np.cumprod(np.array([10, 20, 30], dtype='i2'), dtype='i8'), np.cumprod(np.array([10, 20, 30], dtype='i2')).dtype)
print(np.cumsum(np.array([200, 100], dtype='u1')).dtype, np.cumsum(np.array([True])).dtype, np.cumsum(np.array([1.5], dtype='f2')).dtype)
print(np.cumsum(np.array([1+2j, 3-1j])), np.cumprod(np.array([1+1j, 1+1j, 1+1j])))
print(np.cumsum(np.array([1, 2], dtype=np.int8), dtype=np.uint8), np.cumsum(np.array([-1, -2], dtype=np.int8), dtype=np.uint8))
print(np.cumsum(np.array([1.7, 2.6]), dtype=int), np.cumsum(np.array([-1.5, 2.9]), dtype=np.uint8))
with np.errstate(over="raise"):
    try:
        print(np.int8(100) * np.int8(2))
    except FloatingPointError as e:
        print("FloatingPointError:", e)
    print(np.cumprod(np.array([100, 2], dtype=np.int8)))
with np.errstate(over="raise"):
    try:
        print(np.cumprod(np.array([1e200, 1e200])))
    except FloatingPointError as e:
        print("FloatingPointError:", e)
print(np.cumprod(np.array([1e200, 1e200])), np.cumsum(np.array([1e308, 1e308])))
print(np.cumprod(np.array([1e-200, 1e-200])), np.cumsum([np.inf, -np.inf]))
