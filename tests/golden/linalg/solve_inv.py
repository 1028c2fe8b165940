import numpy as np
rng = np.random.default_rng(11)
for n in range(1, 10):
    A = np.array(rng.standard_normal((n, n)).tolist())
    b = np.array(rng.standard_normal(n).tolist())
    print(n, np.linalg.solve(A, b).tolist())
    print(np.linalg.solve(A, b[:, None]).tolist())
    print(np.linalg.inv(A).tolist())
print(repr(np.linalg.solve([[3, 1], [1, 2]], [9, 8])))
print(repr(np.linalg.inv([[4, 7], [2, 6]])))
print(repr(np.linalg.inv(np.arange(8).reshape(2, 2, 2) % 3 + np.eye(2))))
print(repr(np.linalg.inv([[2.5]])), repr(np.linalg.solve([[4.0]], [1.0])))
for bad in ([[1, 2], [2, 4]], [[0, 0], [0, 0]]):
    try:
        np.linalg.inv(np.array(bad))
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        np.linalg.solve(np.array(bad), np.array([1, 2]))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    np.linalg.solve(np.eye(3), np.ones(2))
except ValueError as e:
    print(type(e).__name__, e)
x = np.array(rng.standard_normal(12).tolist())
y = np.array(rng.standard_normal(6).tolist())
print(repr(x[::2] @ y), repr(np.dot(x[::2], y)), repr(x[::-2] @ y), repr(np.dot(x[::-2], y)))
print(np.linalg.LinAlgError)
try:
    np.linalg.inv([[1,2],[2,4]])
except np.linalg.LinAlgError as e:
    print(repr(e))
print(issubclass(np.linalg.LinAlgError, ValueError))
