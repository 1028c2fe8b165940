# Modeled on: https://runebook.dev/ja/docs/numpy/reference/generated/numpy.cumprod
# (written after the Japanese "【NumPy入門】累積積 numpy.cumprod() を使いこなす" page, nail-salon
# themed: int64 overflow of 10 * 100 * 1000 * ..., the log/cumsum/exp detour, and a zero that
# wipes out everything after it, replaced by 1 with np.where; the page's last snippet is cut off,
# so its where-replacement is completed the way its comment describes.)
import numpy as np

# 大きな数字を掛け合わせると...
data = np.array([10, 100, 1000, 10000, 100000])
result = np.cumprod(data)

print(result)
# 途中で変なマイナスの値や 0 になったり、エラーっぽくなったりします

# 代替方法:log を使った累積積
log_data = np.log(data)
log_cumsum = np.cumsum(log_data)  # 足し算なら爆発しにくい!
result_safe = np.exp(log_cumsum)  # 最後に元に戻す

print(result_safe)

data_with_zero = np.array([1, 2, 0, 4, 5])
print(np.cumprod(data_with_zero))

# 0 を 1 に置き換えて計算するか、
replaced = np.where(data_with_zero == 0, 1, data_with_zero)
print(np.cumprod(replaced))
# または 0 の場所を nan にして nancumprod
as_nan = np.where(data_with_zero == 0, np.nan, data_with_zero)
print(as_nan)
print(np.nancumprod(as_nan))
