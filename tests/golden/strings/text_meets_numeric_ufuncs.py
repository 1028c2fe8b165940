# Text where a numeric loop is wanted: each ufunc fails as its type
# resolver does (uniform ones name the dtypes or DType classes, the rest
# fail NumPy's linear search), for calls and for operators alike.
import numpy as np

a = np.array(["a", "bb"])
unary = [np.isnan, np.sqrt, np.exp, np.abs, np.negative, np.positive,
         np.isfinite, np.sign, np.floor, np.invert, np.logical_not, np.square]
for f in unary:
    try:
        print(f(a))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
binary = [np.subtract, np.maximum, np.fmin, np.gcd, np.divide, np.power,
          np.arctan2, np.bitwise_and, np.floor_divide, np.hypot, np.remainder]
for f in binary:
    for args in [(a, 1), (1.5, a), (a, a), (a, [1, 2])]:
        try:
            print(f(*args))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for e in ["-a", "+a", "~a", "abs(a)", "a - 1", "1.5 * a - 1", "a / 2", "a ** 2",
          "a ** 3", "a // a", "a % 3", "a & 1", "2 ** a",
          "a < 1", "1 < a", "a <= 1.5", "a > True", "a >= 1j", "a < np.float32(1)",
          "np.int8(3) > a", "np.array([1.5]) < a", "a < [1.5, 2]", "a < (1, 2)",
          "a <= 2**70", "a > ['a', 1]", "a == 1", "np.sqrt('ab')",
          "np.isnan(['a'])", "np.negative(np.str_('ab'))", "np.sign(a[0])"]:
    try:
        print(e, eval(e))
    except Exception as x:
        print(e, type(x).__name__, x)
# Equality with numbers is all False (!= all True), broadcast.
print(a == 1, a != 1.5, 1 == a, a == [1, 2], a == None, a[:1] == np.arange(3))
print(a.reshape(2, 1) != [1.5, 2, 3])
print(repr(np.array("a") == 1))
try:
    a == [1, 2, 3]
except Exception as e:
    print(type(e).__name__, e)
# Orderings with objects that are no numbers: Python's TypeError.
for e in ['a < None', 'None < a', 'a < {}', 'np.str_("a") < 1', '1 < np.str_("a")',
          'np.str_("a") < None', 'np.str_("a") < np.array([1])', 'np.str_("a") < "b"',
          'np.str_("a") == 1', '"a" < np.str_("b")']:
    try:
        print(e, eval(e))
    except Exception as x:
        print(e, type(x).__name__, x)
np.array([1]) < "a"
