# np.linalg.matrix_power: NumPy's short cuts for n <= 3, its binary
# decomposition for larger n (the order of products decides the rounding),
# n = 0 and negative n, stacks, dtypes, and its errors.
import numpy as np

fib = np.array([[1, 1], [1, 0]])
for n in [0, 1, 2, 3, 4, 5, 7, 10, 30, 90]:
    print(n, np.linalg.matrix_power(fib, n).tolist())
p = np.array([[0.9, 0.075, 0.025], [0.15, 0.8, 0.05], [0.25, 0.25, 0.5]])
for n in [2, 3, 4, 5, 6, 13, 50, 51]:
    print(n, repr(np.linalg.matrix_power(p, n)))
print(repr(np.linalg.matrix_power(np.array([[2.0, 1.0], [1.0, 3.0]]), -3)))
print(repr(np.linalg.matrix_power([[4, 7], [2, 6]], -1)))
print(repr(np.linalg.matrix_power(np.eye(2, dtype=bool), 5)))
print(repr(np.linalg.matrix_power(np.array([[1, 2], [3, 4]], dtype=np.int8), 0)))
print(repr(np.linalg.matrix_power(np.array([[1, 2], [3, 4]], dtype=np.int8), 5)))
stack = np.arange(12.0).reshape(3, 2, 2) / 10
print(repr(np.linalg.matrix_power(stack, 0)))
print(repr(np.linalg.matrix_power(stack, 1)))  # stacked matmul (n >= 2) is refused by npcalc
print(np.linalg.matrix_power(fib, np.int64(6)), np.linalg.matrix_power(fib, True))
a = np.array([[1.0, 2.0], [0.0, 1.0]])
print(np.linalg.matrix_power(a, 1) is a)
for bad in [(np.arange(3), 2), (np.ones((2, 3)), 2), (fib, 2.0), (fib, "2")]:
    try:
        np.linalg.matrix_power(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    np.linalg.matrix_power(np.array([[1.0, 2.0], [2.0, 4.0]]), -2)
except np.linalg.LinAlgError as e:
    print("LinAlgError", e)
