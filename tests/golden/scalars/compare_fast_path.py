import numpy as np
nan = np.float64("nan")
for x, y in [(np.int64(3), np.int64(5)), (np.uint64(2**64 - 1), np.uint64(1)),
             (np.float16(0.5), np.float16(0.5)), (nan, nan), (np.float32(1.5), np.float32(-2.0)),
             (np.uint8(200), -1), (-1, np.uint8(200)), (np.int8(5), 2**70), (np.uint64(3), 3),
             (np.float32(0.1), np.float32(0.1)), (np.bool_(True), np.bool_(False)),
             (np.float64(1.0), nan), (np.int16(-7), np.int16(-7))]:
    print(repr(x), repr(y), x == y, x != y, x < y, x <= y, x > y, x >= y)
keys = sorted(np.arange(10), key=lambda v: (v % 3, -v))
print(keys)
print(sorted([np.float64(2.5), np.float64(-1.0), np.float64(0.0)]))
print(max(np.array([3, 9, 2])), min(np.array([0.5, -0.5])))
print((np.int64(1), np.int64(2)) < (np.int64(1), np.int64(3)))
