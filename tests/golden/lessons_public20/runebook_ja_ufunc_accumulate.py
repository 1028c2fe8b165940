# Modeled on: https://runebook.dev/ja/docs/numpy/reference/generated/numpy.ufunc.accumulate
# (written after the courtroom-themed Japanese page "「蓄積」の矛盾を暴け!NumPy ufunc.accumulate":
# a 2-D array accumulated down by default and along axis=1, and three 10**9 int32 values that
# wrap, fixed with dtype=np.int64; prints added for the results the page gives in comments.)
import numpy as np

print(np.add.accumulate([1, 2, 3]))

arr = np.array([[1, 2, 3],
                [4, 5, 6]])

#  失敗:何も指定しないと縦(axis=0)に累積される
bad_res = np.add.accumulate(arr)
print(bad_res)

#  解決:axis 引数で方向を指定せよ!
good_res = np.add.accumulate(arr, axis=1)
print(good_res)

#  危険:小さい整数型で累積
small_ints = np.array([10**9, 10**9, 10**9], dtype=np.int32)
oops = np.add.accumulate(small_ints)
print(oops, oops.dtype)

#  解決:dtype を指定して器を大きくする!
safe_res = np.add.accumulate(small_ints, dtype=np.int64)
print(safe_res, safe_res.dtype)
