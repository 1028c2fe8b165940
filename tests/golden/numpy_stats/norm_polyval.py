import numpy as np

print(repr(np.polyval([1, 0], 3)), repr(np.polyval([3, 0, 1], [1, 2])), repr(np.polyval([1.5, 2], np.arange(3))))
print(repr(np.polyval(np.array([1, 2], dtype=np.int8), 200)), repr(np.polyval([0.1, 0.2, 0.3], 0.7)))
print(repr(np.linalg.norm([3, 4])), repr(np.linalg.norm(np.array([3, 4], dtype=np.float32))))
print(repr(np.linalg.norm([[1, 2], [3, 4]])), repr(np.linalg.norm([[1, 2], [3, 4]], 'fro')))
print(repr(np.linalg.norm([[1, 2], [3, 4]], axis=1)), repr(np.linalg.norm([[1, 2], [3, 4]], axis=0, keepdims=True)))
print(repr(np.linalg.norm([1, -2, 3], ord=1)), repr(np.linalg.norm([1, -2, 3], ord=np.inf)), repr(np.linalg.norm([1, -2, 3], ord=-np.inf)))
print(repr(np.linalg.norm([1, 2], keepdims=True)), repr(np.linalg.norm([1 + 1j, 2])), repr(np.linalg.norm([1, 2], ord=2)))
rng = np.random.default_rng(5)
walk = np.cumsum(rng.standard_normal((1000, 2)), axis=0)
print(np.linalg.norm(walk[-1]), np.linalg.norm(walk, axis=1)[-5:])
print(np.linalg.norm(rng.random(1001)), np.linalg.norm(rng.random((30, 40))))
from numpy.linalg import norm
print(norm(np.arange(10.0)))
