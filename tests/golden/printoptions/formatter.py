import numpy as np

# The formatter print option: a function per dtype, its strings laid out as
# they are (no padding), wrapped and summarised as any array.
balance = np.cumsum(np.array([1200.5, -310.25, 89.999, 1500.0]))
np.set_printoptions(formatter={'float': '{:0.2f}'.format})
print(balance)
print(repr(balance))
print([balance, balance[:2]])
print(f"{balance}", str(balance), "%s" % (balance,))
print(balance[0], repr(np.array(2.5)), str(np.array(2.5)))
print(np.arange(3), np.array([True, False]))
print(np.cumsum(np.arange(2000.0)) / 7)
print(np.get_printoptions()['formatter'] is not None)

# A kind's key formats every dtype of the kind; a dtype's own key wins.
np.set_printoptions(formatter={'float_kind': lambda x: "%.1f" % x, 'int': lambda x: f"<{x}>",
                               'bool': lambda x: 'T' if x else 'F', 'complexfloat': lambda z: f"{z.real:+.0f}"})
print(balance, np.arange(4), np.array([1.5, 2], dtype=np.float32), np.array([True, False]))
print(np.arange(6, dtype=np.uint8).reshape(2, 3), np.array([1 + 2j, -3j]))
np.set_printoptions(formatter={'int_kind': lambda x: hex(x), 'int8': None})
print(np.array([10, 255], dtype=np.int16))

# Setting any option resets the formatter; printoptions puts it back.
np.set_printoptions(precision=3)
print(balance)
with np.printoptions(formatter={'float': '{:.1e}'.format}):
    print(balance)
print(balance)
np.set_printoptions(precision=8)

# np.array2string's own formatter, and the set one under array_repr/array_str.
print(np.array2string(balance, formatter={'float_kind': lambda x: "%.1f" % x}, separator=', '))
np.set_printoptions(formatter={'float': lambda x: f"${x:,.0f}"})
print(np.array_repr(balance), np.array_str(balance * 1000))
print(np.array2string(balance, formatter=None))

# Widths are characters; a string of several lines keeps them under one another.
np.set_printoptions(formatter={'float': lambda x: "€%.1f" % x}, linewidth=20)
print(np.arange(10.0))
np.set_printoptions(formatter={'float': lambda x: "a\nbb" if x > 1 else "c"}, linewidth=75)
print(np.arange(4.0))
print(np.arange(4.0).reshape(2, 2))

# What the function returns must be a non-empty str.
np.set_printoptions(formatter={'float': lambda x: round(x, 1)})
try:
    print(balance)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(repr(np.array(1.25)))
except TypeError as e:
    print("TypeError:", e)
print(np.array2string(np.array(1.25)))
np.set_printoptions(formatter={'float': lambda x: ''})
try:
    print(balance)
except ValueError as e:
    print("ValueError:", e)
np.set_printoptions(formatter=None)
print(balance)
