import numpy as np
a = np.arange(3)
f = np.arange(3.0)
s = np.int64(3)
x = np.float64(2.5)
exprs = [
    "a.__add__(1)", "a.__mul__(2)", "a.__radd__(1)", "a.__rsub__(10)", "a.__sub__(f)", "a.__pow__(2)",
    "a.__truediv__(2)", "a.__rtruediv__(1)", "a.__floordiv__(2)", "a.__rfloordiv__(7)", "a.__mod__(2)", "a.__rmod__(7)",
    "a.__and__(1)", "a.__or__(1)", "a.__xor__(1)", "a.__lshift__(1)", "a.__rshift__(1)", "a.__rlshift__(1)",
    "a.__rand__(3)", "a.__ror__(4)", "a.__rxor__(5)", "a.__rpow__(2)", "a.__rmul__(3)",
    "a.__neg__()", "a.__pos__()", "a.__invert__()", "a.__abs__()", "(-a).__abs__()",
    "a.__len__()", "a.__getitem__(0)", "a.__getitem__(slice(1, None))", "a.__contains__(1)", "a.__contains__(7)",
    "a.__eq__(1)", "a.__ne__(1)", "a.__lt__(2)", "a.__le__(1)", "a.__gt__(1)", "a.__ge__(1)",
    "a.__matmul__(a)", "a.__rmatmul__(a)", "a.__divmod__(2)", "a.__rdivmod__(7)",
    "a.__array__()", "a.__array__() is a", "a.__array__(np.float32)", "a.__array__(copy=True) is a", "a.__array__(np.int64) is a",
    "a.__repr__()", "a.__str__()", "list(a.__iter__())", "a.__add__([1, 2, 3])", "a.__add__(a,)",
    "np.arange(1).__bool__()", "np.arange(1.5, 2).__float__()", "np.arange(2, 3).__int__()",
    "s.__add__(2)", "s.__radd__(2)", "s.__mul__(a)", "s.__neg__()", "s.__eq__(3)", "s.__lt__(4)", "s.__index__()",
    "s.__int__()", "s.__float__()", "s.__bool__()", "s.__abs__()", "s.__getitem__(())", "s.__array__()",
    "s.__array__(np.float32)", "s.__truediv__(0)", "s.__divmod__(2)", "s.__rpow__(2)",
    "x.__mul__(2)", "x.__neg__()", "x.__float__()", "x.__repr__()", "x.__str__()", "np.float32(1.5).__add__(1)",
    "np.int8(100).__add__(np.int8(100))", "np.uint8(3).__sub__(5)",
    "a.__add__('x')", "a.__add__()", "a.__add__(1, 2)", "a.__len__(1)", "a.__add__(other=1)", "a.__len__(x=1)",
    "s.__add__(x=1)", "s.__add__(1, 2)", "s.__neg__(1)", "s.__len__()", "s.__index__(1)", "x.__index__()",
    "np.bool_(True).__index__()", "a.__iadd__()", "a.__getitem__()", "a.__getitem__(5)", "a.__getitem__(0, 1)",
    "a.__setitem__(0)", "a.__matmul__(1)", "a.__bool__()", "a.__int__()", "x.__iadd__(1)", "s.__setitem__(0, 1)",
    "a.__array__(1, 2, 3)", "a.__add__(None)",
    "divmod(s, 0)", "divmod(x, 0.0)", "divmod(np.int8(-7), np.int8(2))", "divmod(np.uint8(7), -1)", "divmod(7, a)",
    "divmod(np.float32(7), np.float64(2))", "divmod([7, 8], a)",
]
for t in exprs:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
b = np.arange(3.0)
print(b.__iadd__(1), b)
print(b.__imul__(2) is b, b.__isub__(1), b.__itruediv__(2), b.__ipow__(2), b.__ifloordiv__(1), b.__imod__(2), b)
c = np.arange(4).reshape(2, 2)
print(c.__setitem__(0, 5), c)
print(c.__iadd__(c) is c, c.__ilshift__(1), c.__iand__(6), c.__ior__(1), c.__ixor__(3), c.__irshift__(1), c)
try:
    a.__iadd__(1.5)
except Exception as e:
    print(type(e).__name__, e)
ro = np.broadcast_to(a, (2, 3))
try:
    ro.__iadd__(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    ro.__setitem__(0, 1)
except Exception as e:
    print(type(e).__name__, e)
add = a.__add__
print(add(10), list(map(a.__getitem__, [2, 0])), sorted([2, 0, 1], key=a.__getitem__))
