# float.fromhex (CPython's float_fromhex: exact, rounded half to even, subnormals, overflow) and
# int/float methods taken from the type (float.hex(2.5), int.bit_length(True)).
print((1.5).hex(), (0.1).hex(), (-0.0).hex(), float('inf').hex(), (5e-324).hex(), (1e308).hex(), (0.0).hex())
print(float.fromhex('0x1.8p1'), float.fromhex(' 0b4'), float.fromhex('0x1.4000000000000p+2'), float.fromhex('-0x1p-1074'), float.fromhex('inf'), float.fromhex('-Infinity'), float.fromhex('nan'), float.fromhex('0x.8'), float.fromhex('1.'), float.fromhex('0X1P0'))
print(float.fromhex('0x1.fffffffffffff8p1023') if False else '', float.fromhex('0x1.00000000000008p0'), float.fromhex('0x1.00000000000018p0'), float.fromhex('0x1p-1075'), float.fromhex('0x1.8p-1075'), float.fromhex('0x3p-1076'))
for bad in ['0x', '', '0x1p', '1e5', '0x1.8p1 x', '0x1p99999', '--1']:
    try: print(float.fromhex(bad))
    except Exception as e: print(type(e).__name__, e)
x = 3.0
print(x.hex(), float.hex(2.5), x.fromhex('0x10'), (1.0).as_integer_ratio(), (0.1).as_integer_ratio(), (2.5).is_integer())
print(float.hex(2.5), int.bit_length(5), float.is_integer(2.0), sorted([2.5, 1.0], key=float.is_integer), int.bit_length(True))
for f in [lambda: float.hex(2), lambda: int.bit_length(2.0), lambda: float.fromhex(5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
