from fractions import Fraction
import numpy as np
print(Fraction('1.dd') if False else 0)
print(Fraction(np.int64(3)), Fraction(np.float64(0.25)))
print(Fraction(1, 2) ** 0.5, 2.0 ** Fraction(1, 2), (-8) ** Fraction(1, 3), Fraction(-1, 2) ** -3, Fraction(2) ** Fraction(-1))
print(Fraction('.5'), Fraction('1.'), Fraction('1e3'), Fraction('1_0.2_5E+1'), Fraction(' 3 '))
print(round(Fraction(25, 2), -1), round(Fraction(-1, 2)), Fraction(7, 3) % -2, -7 // Fraction(2), 5 % Fraction(3, 2))
print(Fraction(1, 3) < float('inf'), Fraction(1, 3) > float('nan'), Fraction(1, 3) == float('nan'), Fraction(1) == 1+0j)
