import numpy as np
print(repr(np.full(3, 1.5, dtype=int)))
print(repr(np.full((2,), True)))
print(repr(np.full(2, 2+3j)))
print(repr(np.full((1, 2), np.float32(0.1))))
print(repr(np.full(2, -1, dtype=np.uint8)))
print(repr(np.full((2, 3), [1, 2, 3])))
