# Source: https://github.com/dongju923/Python_Numpy/blob/47504190d03f1e00bdbd28923975b707e66aceba/5.%EB%B0%B0%EC%97%B4%EC%97%B0%EC%82%B0/2.%EC%A7%91%EA%B3%84%ED%95%A8%EC%88%98/6.comprod(%20%20).py
# (added np.random.seed(0) before the unseeded np.random.randint; nothing cut)
import numpy as np

### np.cumprod(a, axis=None, dtype=None, out=None) ###
# 누적 곱 계산

# 1차원 배열
a1 = np.array([1, 2, 3, 4, 5])
print(a1)

print(np.cumprod(a1))
# [  1   2   6  24 120]
# 1
# 2 * 1
# 3 * 2 * 1
# 4 * 3 * 2 * 1
# 5 * 4 * 3 * 2 * 1


# 2차원 배열
a2 = np.array([[1, 2, 3], [4, 5, 6]])
print(a2)

print(np.cumprod(a2, dtype=float))
# [  1.   2.   6.  24. 120. 720.]
print(np.cumprod(a2, axis=1))
print(np.cumprod(a2, axis=0))

# 3차원 배열
np.random.seed(0)
a3 = np.random.randint(1, 10, (3, 3))
print(a3)

print(np.cumprod(a3, axis=1))
print(np.cumprod(a3, axis=0))
