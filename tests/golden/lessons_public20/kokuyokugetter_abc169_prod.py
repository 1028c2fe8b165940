# Modeled on: https://kokuyokugetter.github.io/post/abc169-b
# (written after the Japanese post on AtCoder ABC169 B, where numpy.prod() gave a wrong answer:
# the post compares np.prod of 1..n with a Python loop and finds them equal up to 20 and apart
# from 21 on, then multiplies 20! by 4; np.cumprod shows every step at once. The AtCoder
# submissions and notebook cells are not reachable, so the comparison is rewritten as a loop.)
import numpy as np

def py_prod(n):
    ans = 1
    for i in range(1, n + 1):
        ans *= i
    return ans

for n in [19, 20, 21, 22]:
    print(n, np.prod(np.arange(1, n + 1)), py_prod(n), np.prod(np.arange(1, n + 1)) == py_prod(n))

print(np.iinfo(np.int64).max)
print(np.iinfo(np.int64).max / py_prod(20))
print(np.prod(np.arange(1, 21)) * 4)
print(py_prod(20) * 4)

steps = np.cumprod(np.arange(1, 26))
print(steps[18:])
print(np.cumprod(np.arange(1, 26, dtype=object))[20:])

# 範囲を超えたらすぐ break する Python 版
A = [10**9, 10**9, 10**9]
ans = 1
for a in A:
    ans *= a
    if ans > 10**18:
        ans = -1
        break
print(ans)
print(np.cumprod(A))
