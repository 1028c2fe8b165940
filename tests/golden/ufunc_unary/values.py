import numpy as np
f = np.array([-2.5, -1.5, -0.5, -0.0, 0.0, 0.5, 1.5, 2.5, 3.7, -3.7, np.inf, -np.inf, np.nan])
for name in ['floor', 'ceil', 'trunc', 'rint', 'sign', 'fabs', 'square', 'signbit', 'logical_not', 'negative', 'absolute']:
    u = getattr(np, name)
    print(name, u(f), u(f.astype(np.float32)), u(f.astype(np.float16)))
i = np.array([-128, -3, 0, 5, 127], dtype=np.int8)
for name in ['sign', 'square', 'floor', 'rint', 'negative', 'absolute', 'logical_not', 'signbit', 'invert', 'conjugate']:
    print(name, repr(getattr(np, name)(i)), repr(getattr(np, name)(i.astype(np.uint16))))
z = np.array([1 + 1j, -2j, 0j, 3 - 4j, complex(np.inf, 1), complex(1, np.nan), complex(-np.inf, np.inf)])
for name in ['sign', 'square', 'reciprocal', 'conjugate', 'absolute', 'rint', 'logical_not', 'negative']:
    print(name, getattr(np, name)(z), getattr(np, name)(z.astype(np.complex64)))
print(np.reciprocal(np.array([0.0, -0.0, 2.0, 3.0, np.inf])), np.reciprocal(np.float16(3)))
print(np.square(np.array([1e200, 3.0])), np.square(np.float32(1e20)), np.square(np.float16(300)))
print(np.floor(7), np.floor(7.5), np.ceil(True), np.rint(3), np.sign(-3.5), np.abs(-3), np.abs([-1, 2]))
print(np.sign(np.diff([3, 5, 4, 4, 9])), np.conj(2 + 3j), np.bitwise_not(np.uint8(1)))
out = np.zeros(3)
print(np.floor([1.5, 2.5, -0.5], out=out), out)
iout = np.zeros(3, dtype=np.int32)
print(np.floor(np.array([1, 2, 3], dtype=np.int16), out=iout), iout.dtype)
print(np.abs is np.absolute, np.conj is np.conjugate, np.floor.__name__, np.abs.__name__)
