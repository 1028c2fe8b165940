# Found by the arithmetic differential run (tests/oracle/gen_arith_layouts.py).
import numpy as np

# npy_cpow: a zero exponent gives 1, a zero base 0 or NaN (flagging invalid),
# integer exponents below 100 multiply by squaring (1, 2, 3 unrolled).
a = np.array([complex(float('inf'), 1), -1.5j, 0j, complex(0, float('nan')), 3+0j, 1+2j, 2-1j, 0j])
print(repr(a ** np.array([3, -5, 7, -1, 1, 5, -3, 0j])))
print(repr(a ** np.ones(8)))
print(repr(float('nan') ** np.ones(3, dtype=complex)))
c = np.array([1+2j, -0.5+0.25j, 3-1j], dtype=np.complex64)
print(repr(c ** 13), repr(c ** -7))

# The comparison loops: a NaN imaginary part makes the real order false, and
# a NaN compared in order flags invalid; scalar math compares lexicographically.
z = np.array([3+0j, 1+2j, complex(float('inf'), 1), complex(0, float('nan')), 1+2j])
f = np.arange(10, dtype='float16')[::2]
print(z < f, z <= f, z > f, z >= f, z == f, z != f)
print(np.less(np.array([complex(0, float('nan')), 1+1j, 1+1j]),
              np.array([1, complex(1, float('nan')), complex(float('nan'), 0)])))
print(np.complex128(complex(0, float('nan'))) < 1)
