import decimal
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP
print(ROUND_HALF_UP, decimal.ROUND_05UP)
cent = Decimal('0.01')
for mode in [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP]:
    row = [Decimal(s).quantize(cent, rounding=mode) for s in ['2.675', '-2.675', '2.665', '1.005', '-0.004', '0.015', '7', '2.651']]
    print(mode, row)
print(Decimal(2.675).quantize(cent), Decimal(2.675).quantize(cent, ROUND_HALF_UP))
print(Decimal('123.456').quantize(Decimal('1')), Decimal('123.456').quantize(Decimal('1E+1')), Decimal('123.456').quantize(Decimal('1.0000')))
print(Decimal('0').quantize(Decimal('0.001')), Decimal('-0').quantize(Decimal('1e2')), Decimal('0.0004').quantize(Decimal('1'), rounding=ROUND_UP))
print(Decimal('inf').quantize(Decimal('inf')), Decimal('1.5').quantize(2), Decimal('1.5').quantize(exp=Decimal('1')))
prices = [Decimal('19.99'), Decimal('5.01'), Decimal('0.333')]
subtotal = sum(prices)
tax = (subtotal * Decimal('0.0825')).quantize(cent, rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax)
