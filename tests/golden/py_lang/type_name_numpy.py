import numpy as np
for v in [True, None, 1.5, 'a', (1,), {}, range(2), np.float32(1), np.arange(2), np.dtype('int8')]:
    print(type(v).__name__)
try:
    np.arange(2).cumsum(axis=4)
except Exception as e:
    print(type(e).__name__, e)
