import numpy as np
import warnings

warnings.simplefilter('always')

# inf / 0 is an exact infinity: no "divide by zero"; 1 / 0 is one.
print(np.array([np.inf, -np.inf, np.nan]) / np.zeros(3))
print(np.array([np.inf, 1.0], dtype='float32') / np.zeros(2, dtype='float32'))
print(float('inf') / np.int64(0))
print(np.array([complex(np.inf, np.nan)]) / np.zeros(1, dtype=complex))
# Floor division: the same for b == 0; a quotient that overflows is also
# invalid (NumPy's npy_divmod computes div - floor(div)).
print(np.array([np.inf, -np.inf, 1.0, 0.0, np.nan]) // np.zeros(5))
print(np.ones(3) // np.array([5e-324, 1e-300, 0.1]))
print(np.array([3, 1], dtype='int8') // np.array([1e-40, 0.5], dtype='float32'))
print(np.array([1.0, np.inf], dtype='float16') // np.array([6e-08, 0.0], dtype='float16'))
with np.errstate(over='ignore'):
    print(np.bool_(True) // np.array([5e-324, 1.0]))
# glibc's powf (float16's loop) raises nothing for 0 ** -inf.
print(np.zeros(2, dtype='float16') ** np.array([-np.inf, -1.0], dtype='float16'))
print(np.zeros(2) ** np.array([-np.inf, -1.0]))
