# Found by the arithmetic differential run (tests/oracle/gen_arith_layouts.py).
import numpy as np

# A Python int is range-checked only against the loop dtype it is cast to:
# true division of integers runs in float64.
print(repr(-1 / np.array([17, 0, 3, 255], dtype='uint8')))
print(repr(np.arange(3, dtype='int32') / 2**63))
print(repr(2**64 / np.int64(3)))
print(repr(np.true_divide(np.array(5, dtype='uint64'), -129)))
for e in ["np.arange(3, dtype='uint8') + 300", "np.arange(3, dtype='int8') // 2**64",
          "np.divide(np.arange(3, dtype='uint8'), -129, out=np.zeros(3, 'int32'))"]:
    try:
        print(repr(eval(e)))
    except Exception as ex:
        print(type(ex).__name__, ex)

# Only `** 2` (a Python int) is np.square; `** 2.0` is np.power.
print(repr(np.zeros(0, dtype='int8') ** 2.0), repr(np.arange(3, dtype='int8') ** 2.0))
print(repr(np.array([True]) ** 2), repr(np.array([1e200]) ** 2.0))

# `t.T += x` changes t in place, then sets T back, which is read-only.
t = np.arange(6).reshape(2, 3)
try:
    t.T += 1
except AttributeError as e:
    print(e)
print(repr(t))
for name in ["T", "ndim", "size", "flags", "base"]:
    try:
        setattr(t, name, 1)
    except AttributeError as e:
        print(e)
