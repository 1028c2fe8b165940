import numpy as np
x = np.array([1, 2, 3], dtype=np.int32)
f = np.array([1.5, 2.0])
b = np.array([True, False])
for name in ['cumsum', 'cumprod', 'nancumsum', 'nancumprod', 'cumulative_sum', 'cumulative_prod', 'sum', 'prod']:
    for arr in [x, f, b]:
        try:
            getattr(np, name)(arr, dtype=str)
        except Exception as e:
            print(name, arr.dtype, type(e).__name__, e)
try:
    np.cumsum(np.array(['ab', 'c']), dtype='U3')
except Exception as e:
    print(type(e).__name__, e)
try:
    x.cumsum(dtype=np.str_)
except Exception as e:
    print(type(e).__name__, e)
try:
    x.cumprod(dtype=np.str_)
except Exception as e:
    print(type(e).__name__, e)
x = np.array([1, 2, 3])
for dt in [np.str_, str, 'U5', 'U']:
    for f in [np.cumsum, np.cumprod]:
        try:
            f(x, dtype=dt)
        except Exception as e:
            print(f.__name__, dt, type(e).__name__, e)
for u in [np.add, np.multiply, np.maximum]:
    try:
        u.accumulate(x, dtype=np.str_)
    except Exception as e:
        print(u.__name__, type(e).__name__, e)
try:
    np.cumsum(np.array(['a', 'b']))
except Exception as e:
    print(type(e).__name__, e)
try:
    np.cumsum(x, dtype=np.str_)
except TypeError as e:
    print('TypeError caught', e)
try:
    x.cumsum(dtype='U2')
except TypeError as e:
    print('TypeError caught', e)
try:
    np.sum(x, dtype=np.str_)
except TypeError as e:
    print('sum', type(e).__name__, e)
try:
    np.cumulative_sum(x, dtype=np.str_)
except TypeError as e:
    print('cs', type(e).__name__, e)
for dt in ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'float16', 'float32', 'float64', 'complex128', 'bool']:
    try:
        np.cumprod(np.ones(2, dtype=dt), dtype=str)
    except Exception as e:
        print(dt, type(e).__name__, str(e)[:60])
    try:
        np.cumsum(np.ones(2, dtype=dt), dtype=str)
    except Exception as e:
        print(dt, type(e).__name__, str(e)[:100])
