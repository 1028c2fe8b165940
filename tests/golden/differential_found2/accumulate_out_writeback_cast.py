import numpy as np
a = np.array([4.0, 3.0, np.nan, -1.0, 1e10, np.inf, -np.inf])
for dt in [np.uint32, np.int32, np.uint8, np.int64]:
    out = np.empty(a.shape, dtype=dt)
    r = np.cumsum(a, out=out)
    print(dt.__name__, r is out, out)
print(np.add.accumulate(np.full(9, np.nan), out=np.empty(9, np.uint32)))
print(np.cumprod(np.full((2, 7), np.nan), axis=1, out=np.empty((2, 7), np.uint32)))
print(np.cumsum(np.full((3, 5), np.nan), axis=0, out=np.empty((3, 5), np.uint32)))
print(np.nancumsum(np.full(9, 1e10), out=np.empty(9, np.uint32)))
print(np.cumsum(np.full(9, np.nan, dtype=np.float32)[::2], out=np.empty(5, np.uint32)))
b = np.arange(6, dtype=np.uint32)
np.cumsum(b, out=b)
print(b, np.cumsum(np.arange(5, dtype=np.int8), out=np.zeros(5, np.int8)))
