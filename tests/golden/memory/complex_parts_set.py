import numpy as np
# a.real = v / a.imag = v write the parts of a complex array (array_real_set)
b = np.arange(3.0)
try:
    b.imag = 1
except TypeError as e:
    print(type(e).__name__, e)
b.real = [7, 8, 9]
print(b, b.real is b, b.imag, b.imag.flags.writeable)
a = np.array([1+2j, 3-4j], dtype=np.complex64)
a.real = 5.5
print(a)
a.imag = [1, 2]
print(a, a.dtype)
try:
    a.real = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
a.real = np.array([1e40, np.nan])
print(a)
z = np.zeros((2, 2), dtype=complex)
z.imag = np.arange(2)
z.real = z.imag + 1
print(z)
r = z.real
print(r, r.dtype, r.flags.writeable)
c = z.real.copy()
c[0, 0] = -1
print(c, z)
z.real = True
print(z)
t = np.array([1+1j, 2+2j])[::-1]
t.imag = -0.0
print(t, np.signbit(t.imag))
