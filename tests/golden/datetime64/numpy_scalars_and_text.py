# NumPy numbers as time counts: the scalar constructors convert objects (no NumPy number is a
# datetime; integer ones are timedeltas), arrays cast them; text operands meet no ufunc loop.
import numpy as np
for f in [lambda: np.datetime64(np.int8(5), 'D'), lambda: np.datetime64(np.bool_(True), 'D'), lambda: np.timedelta64(np.bool_(True), 'D'), lambda: np.timedelta64(np.int8(5), 'D'), lambda: np.timedelta64(np.int64(5)), lambda: np.datetime64(np.int64(5), 'D'), lambda: np.timedelta64(np.uint16(7), 'h'), lambda: np.timedelta64(np.uint64(2**64-1), 'h'), lambda: np.array([np.int8(5)], dtype='M8[D]'), lambda: np.array([np.uint8(5), 3], dtype='m8[s]'), lambda: np.array([np.int64(5), None], dtype='M8[D]'), lambda: np.full(2, np.int16(3), dtype='m8[D]'), lambda: np.arange(np.datetime64('2024-01-01'), np.datetime64('2024-01-05'), np.int8(2)), lambda: np.datetime64('2024-01-01') + np.int8(3), lambda: np.array([np.uint64(2**64-1)], dtype='m8[s]'), lambda: np.array([np.float32(2.5)], dtype='m8[s]')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
td = np.timedelta64(7, 'D')
for f in [lambda: td + 'a', lambda: 'ab' - td, lambda: divmod(td, 'a'), lambda: np.datetime64('2024-01-01') - 'x', lambda: td * 'a', lambda: td // 'abc', lambda: td < 'a', lambda: td == 'a', lambda: np.array([td]) + 'a', lambda: td + [1, 2]]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
