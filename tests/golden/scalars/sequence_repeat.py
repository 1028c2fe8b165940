import numpy as np

# A NumPy scalar times a str, list or tuple: the scalar defers, and Python
# repeats the sequence by the scalar's __index__.
n = np.cumsum([1, 2])[-1]
print('ab' * n, n * 'ab', [0] * n, n * [1, 2], (1,) * n)
print('x' * np.int32(2), 'x' * np.uint8(2), np.int8(2) * [None], 'x' * np.int64(-1))
counts = np.random.default_rng(0).integers(1, 6, size=4)
for i, c in enumerate(counts):
    print(f"{i}: " + "*" * c)
bar = '-'
bar *= np.int16(5)
print(bar, type(bar).__name__)
for expr in ["'x' * np.float64(2)", "np.float32(2) * [1]", "'x' * np.bool_(True)",
             "'x' * np.complex128(2)", "'x' * np.uint64(2**63)", "range(2) * np.int64(2)"]:
    try:
        print(eval(expr))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

# A str and an integer array: multiply's string loop is found, and wants out=.
for expr in ["'*' * np.array([2, 3])", "np.array([2], dtype=np.uint8) * 'ab'", "'ab' * np.array(2)",
             "'ab' * np.array([2.0])", "'ab' * np.array([True])"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(type(e).__name__, e)
