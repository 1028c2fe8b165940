# Modeled on: https://va2577.github.io/post/171/
# (npcalc 用にブログ記事をもとに書き直したもの、コピーではない: 最大ドローダウンを
# np.random.randn(n).cumsum() のランダムウォークと np.maximum.accumulate(xs) - xs の argmax で
# 求め、各関数 (randn, cumsum, maximum.accumulate, argmax) を記事のリスト l で一つずつ確かめる。
# plt のプロットと pandas 版は省略し、再現のため np.random.seed(0) を加えた)
import numpy as np

np.random.seed(0)
n = 1000
xs = np.random.randn(n).cumsum()
i = np.argmax(np.maximum.accumulate(xs) - xs)  # 期間の終わり
j = np.argmax(xs[:i])  # 期間の始まり
print(i, j, xs[j] - xs[i])

print(np.random.random(3))

l = [-20, 7675, 965, -8790, -3463, 18715, 2526, -5699, -6384, 4865]
ndarray1 = np.array(l).cumsum()
print(repr(ndarray1))
ndarray2 = np.maximum.accumulate(ndarray1)
print(repr(ndarray2))
ndarray3 = ndarray2 - ndarray1
print(repr(ndarray3))
i = np.argmax(ndarray3)
j = np.argmax(ndarray1[:i])
print(i, j, ndarray1[j] - ndarray1[i])
print(f"最大ドローダウン: {ndarray3.max():,} ({ndarray3.max() / ndarray1[j]:.2%})")
