# np.array reads nested lists, tuples, ranges and NumPy scalars in place:
# ranges as Python ints (checked against the dtype), structure errors before
# a leaf's own dtype or value errors.
import numpy as np
print(np.array(range(10)), np.array([range(3), range(3)]), np.array(range(300), dtype=np.int16)[-1])
try:
    np.array(range(300), dtype=np.uint8)
except OverflowError as e:
    print(e)
print(np.array([True, 2, 3.5]), np.array([[1, 2], (3, 4)]), np.array([np.int8(1), 2]))
print(repr(np.array([range(2), (np.float32(1), 2)])))
for bad in ([2**70, [1]], [[1, 2], range(3)], [range(2), [1, [2]]])):
    try:
        np.array(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    np.array([300, [1]], dtype=np.uint8)
except Exception as e:
    print(type(e).__name__, e)
print(np.array([2**63, 1]).dtype, np.array([]).dtype, np.array([[], []]).shape)
