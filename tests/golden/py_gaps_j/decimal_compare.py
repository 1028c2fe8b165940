from decimal import Decimal as D
from fractions import Fraction as F
import itertools
vals = [D('0.5'), D('-0.5'), D('0'), D('1.5'), D('Infinity'), D('-Infinity'), D('0.1'), D('1E+2'), D('-3')]
others = [F(1, 3), F(1, 2), F(-1, 2), F(0), F(3, 2), F(100), F(-7, 2), 0.1, 0.5, 2, -3, 1+0j, 0.5+0j]
for a in vals:
    row = []
    for b in others:
        for op in ('==', '!=', '<', '<=', '>', '>='):
            for x, y in ((a, b), (b, a)):
                try:
                    r = eval(f"x {op} y")
                except Exception as e:
                    r = type(e).__name__
                row.append(str(r)[0])
    print(a, "".join(row))
print(D('NaN') == F(1, 2), D('NaN') != F(1, 2))
try:
    D('NaN') < F(1, 2)
except Exception as e:
    print(type(e).__name__, e)
print(D('0.5') < F(1, 3), D('0.1') == F(1, 10), F(1, 10) == D('0.1'), D('0.1') == 0.1)
print(sorted([F(1, 3), D('0.25'), 0.3, D('0.5'), F(-1, 2), 1]))
print(max(D('0.33'), F(1, 3)), min(D('0.33'), F(1, 3)))
print(D('2.50') == F(5, 2), D('1e-30') > F(0), D('-1e-30') < F(0))
