# Small integers and bools are summed in the platform integer (int64),
# so they do not overflow as soon as their own type would.
import numpy as np

small = np.array([100, 100, 100], dtype=np.int8)
print(small.cumsum())
print(small.cumsum().dtype)

unsigned = np.array([200, 200], dtype=np.uint8)
print(unsigned.cumsum(), unsigned.cumsum().dtype)

flags = np.array([True, False, True, True])
print(flags.cumsum(), flags.cumsum().dtype)

# Floats keep their own precision.
print(np.array([0.5, 0.25], dtype=np.float32).cumsum().dtype)
print(np.array([1.5, 2.5], dtype=np.float16).cumsum())
