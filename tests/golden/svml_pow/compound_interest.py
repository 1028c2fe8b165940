import numpy as np
# Compound interest: NumPy's float64 power on an AVX-512 CPU is SVML's
# __svml_pow8_ha, whose last bit differs from a correctly rounded pow in
# about one result in twenty (1.05 ** 14 and 1.05 ** 29 here).
years = np.arange(30)
balance = 1000 * 1.05 ** years
print(balance)
print(repr(balance[[14, 29]]))
print(repr(1.05 ** np.arange(40.)))
# Python floats and NumPy scalar math use C's pow; the ufunc on scalars and
# 0-d arrays runs the array loop.
print(repr(1.05 ** 14), repr(np.float64(1.05) ** 14), repr(np.power(1.05, 14.0)), repr(np.power(np.array(1.05), 14.0)))
# Growth factors by cumprod: repeated rounding, not the same as the power.
growth = np.cumprod(np.full(30, 1.05))
print(repr(growth[-5:]), repr(1.05 ** np.arange(26, 31)))
print((growth == 1.05 ** np.arange(1, 31)).sum(), "of 30 agree")
rates = np.array([0.01, 0.03, 0.05, 0.07])
print(np.round(1000 * (1 + rates[:, None]) ** np.arange(0, 31, 10), 6))
print(repr(100 * (1 + 0.05 / 12) ** (12 * np.arange(1, 6))))
