import numpy as np
import warnings
warnings.simplefilter('always')
# Each real operation of Smith's division raises its IEEE flags, and its
# ordered comparison of a NaN part is invalid; `** -1`, `** 0.5` and `** 2`
# run as np.reciprocal, np.sqrt and np.square.
c = np.array([-1.5j, 1+2j, complex(np.inf, 1), 1e308+1e308j, 3+0j, complex(0, np.nan)])
print(c / 2.0)
print(c / np.float32('nan'))
print(c / np.array([1e308, 1.5, 1.5, 1.5, 1.5, 1e308]))
print(-3 / c)
print(np.uint8(200) / c)
print(c / c[::-1])
print(c / 0)
print(np.complex128(1-1j) / np.complex128(complex(0, np.nan)))
print(c ** -1)
print(np.array([1e-200+1e-200j]) ** -2)
print(np.array([1+1j], dtype=np.complex64) / np.array([1e-30+1e-30j], dtype=np.complex64))
print(c ** -1)
print(c ** -1.0)
print(np.array([0.0, -1.0]) ** -1)
print(np.array([-1.0]) ** 0.5)
print(np.array([2], 'int8') ** 2)
print(np.array([0.0]) ** np.int64(-1))
print(np.array(1+2j) ** 0.5)
