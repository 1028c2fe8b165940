import numpy as np
import sys

# Python ints take 30-bit digits (at least one), on a 24-byte header.
for n in [0, 1, -1, 2**30 - 1, 2**30, 2**60, -2**90, 10**100, True, False]:
    print(repr(n), sys.getsizeof(n))
print(sys.getsizeof(None), sys.getsizeof(1.5), sys.getsizeof(float("nan")), sys.getsizeof(2j))
# str: ASCII has the short header; others 1, 2 or 4 bytes a character.
for s in ["", "a", "hello world", "é", "naïve", "€uro", "日本語", "😀", "a😀"]:
    print(repr(s), sys.getsizeof(s))
print(sys.getsizeof("x" * 1000), sys.getsizeof("é" * 1000))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)), sys.getsizeof(tuple(range(100))))
print(sys.getsizeof(range(10)), sys.getsizeof(range(0)), sys.getsizeof(range(-5, 10**6, 3)))
# NumPy scalars: the item size on top of the type's basic size.
for t in [np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint64,
          np.float16, np.float32, np.float64, np.complex64, np.complex128]:
    print(t.__name__, sys.getsizeof(t(1)))
print(sys.getsizeof(np.float64(2.5) * 2), sys.getsizeof(np.arange(5).sum()))
print(sys.getsizeof(1, 99), sys.getsizeof(object="abc"), sys.getsizeof("abc", default=0))
print(type(sys.getsizeof(1)))
