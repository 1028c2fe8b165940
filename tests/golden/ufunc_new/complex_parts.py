import numpy as np
z = np.array([1+2j, -3j, 4, -1])
for e in [1+2j, 3, 2.5, True, [1+2j, 3], z, np.float32(2), np.complex64(1j), np.array(5), np.array([1, 2], np.int8), [[1, 2j]]]:
    print(repr(np.real(e)), repr(np.imag(e)), repr(np.iscomplex(e)), repr(np.isreal(e)), repr(np.isscalar(e)))
print(repr(np.angle(1+1j)), repr(np.angle([1, -1, 1j])), repr(np.angle([1, -1j], deg=True)))
print(repr(np.angle(np.complex64(1j))), repr(np.angle(np.float32([1, -1]))), repr(np.angle(3)), repr(np.angle(np.array([1, 2], np.int8))))
print(repr(np.angle(z, deg=True)), repr(np.angle(-2.5, True)))
print(np.isscalar("a"), np.isscalar(None), np.isscalar([1]), np.isscalar(np.float64(1)))
print(repr(np.conj(1+2j)), repr(np.conjugate(z)), np.conj is np.conjugate, np.conjugate)
