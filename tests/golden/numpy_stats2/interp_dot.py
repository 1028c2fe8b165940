import numpy as np
xp = [1, 2, 3]
fp = [3, 2, 0]
print(np.interp(2.5, xp, fp), np.interp([0, 1, 1.5, 2.72, 3.14], xp, fp))
print(np.interp(3.14, xp, fp, right=-99.0), np.interp(0, xp, fp, left=-1))
print(np.interp([-180, -170, -185, 185, -10, -5, 0, 365], [190, -190, 350, -350], [5, 10, 3, 4], period=360))
print(np.interp([0.1, 0.7], [0.0, 0.5, 1.0], [1.0, np.inf, 3.0]))
print(np.dot([1, 2, 3], [4, 5, 6]), np.dot([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
print(np.dot([[1, 2], [3, 4]], [1, 1]), np.dot([1, 1], [[1, 2], [3, 4]]))
print(np.dot(3, [1, 2]), np.array([1, 2]).dot([3, 4]))
a = np.array([[1.5, 2.0], [0.25, -1.0]])
print(a @ a, a @ [1.0, 2.0], np.matmul(a, a))
print(repr(np.dot([0.1, 0.2, 0.3], [0.4, 0.5, 0.6]).item()))
print(np.array([1, 2, 3]) @ np.array([4, 5, 6]))
print(np.array([True, False]) @ np.array([True, True]))
