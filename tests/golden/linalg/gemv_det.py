import numpy as np
rng = np.random.default_rng(7)
for n, k in [(2, 3), (3, 5), (5, 4), (7, 9), (9, 6), (4, 11), (13, 3)]:
    A = np.array(rng.standard_normal((n, k)).tolist())
    B = np.array(rng.standard_normal((k, n)).tolist())
    x = np.array(rng.standard_normal(k).tolist())
    z = np.array(rng.standard_normal(2 * k).tolist())
    print((A @ x).tolist(), (x @ B).tolist())
    print(np.dot(A, x).tolist(), np.dot(x, B).tolist())
    print((B.T @ x).tolist(), (x @ A.T).tolist())
    print((A @ z[::2]).tolist(), np.dot(z[::2], B).tolist())
    print(np.dot(B.T, x).tolist(), (A.T.copy().T @ x).tolist())
Ai = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
print(repr(Ai @ np.array([0.1, 0.2, 0.3])), repr(np.dot(Ai.T, np.array([0.1, 0.2, 0.3]))))
for n in range(1, 10):
    M = np.array(rng.standard_normal((n, n)).tolist())
    print(n, repr(np.linalg.det(M)), tuple(np.linalg.slogdet(M)))
print(repr(np.linalg.det([[1, 2], [3, 4]])))
print(repr(np.linalg.det([[1, 2], [2, 4]])), tuple(np.linalg.slogdet([[1, 2], [2, 4]])))
print(repr(np.linalg.det(np.eye(3))), repr(np.linalg.det(np.zeros((0, 0)))))
S = np.arange(18).reshape(2, 3, 3) % 5
print(repr(np.linalg.det(S)), np.linalg.slogdet(S)[0].tolist(), np.linalg.slogdet(S)[1].tolist())
sign, logdet = np.linalg.slogdet([[0, 2], [3, 1]])
print(repr(sign), repr(logdet))
try:
    np.linalg.det(np.array([1.0, 2.0]))
except ValueError as e:
    print(type(e).__name__, e)
try:
    np.linalg.det(np.ones((2, 3)))
except ValueError as e:
    print(type(e).__name__, e)
