import numpy as np

for t in [np.float16, np.float32, np.float64]:
    x = t(2.5)
    print(t.__name__, x.is_integer(), t(3).is_integer(), x.as_integer_ratio(), t(-0.75).as_integer_ratio())
print(np.float64(1.5).hex(), np.float64(0.1).hex(), np.float64(-0.0).hex(), np.float64(np.inf).hex())
print(np.int64(12).bit_count(), np.int8(-3).bit_count(), np.uint8(255).bit_count(), np.int32(7).is_integer())
for bad in [lambda: np.float32(1.5).hex(), lambda: np.int64(3).as_integer_ratio(), lambda: np.float64(np.nan).as_integer_ratio(),
            lambda: np.float64(np.inf).as_integer_ratio(), lambda: np.bool_(True).is_integer()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
total = np.cumsum(np.full(10, 0.1))[-1]
print(total, total.is_integer(), total.as_integer_ratio(), total.hex())
