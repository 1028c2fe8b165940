# Source: https://github.com/dongju923/Python_Numpy/blob/47504190d03f1e00bdbd28923975b707e66aceba/5.%EB%B0%B0%EC%97%B4%EC%97%B0%EC%82%B0/2.%EC%A7%91%EA%B3%84%ED%95%A8%EC%88%98/3.cumsum(%20%20).py
# (as published; nothing cut)
import numpy as np

### np.cumsum(a, axis=None, dtype=None, out=None) ###
# 누적 합 계산
a2 = np.arange(1, 7).reshape(2, 3)
print(a2)

print(a2.cumsum())
print(np.cumsum(a2))
print(a2.cumsum(axis=0))
print(np.cumsum(a2, axis=0))
print(a2.cumsum(axis=1))
print(np.cumsum(a2, axis=1))
