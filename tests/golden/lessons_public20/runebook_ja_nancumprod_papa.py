# Modeled on: https://runebook.dev/ja/docs/numpy/reference/generated/numpy.nancumprod
# (written after the Japanese "教えてパパさん!numpy.nancumprod() を使いこなすための3つの鉄則" page:
# np.cumprod ruined by one NaN, np.nancumprod treating NaN as 1, an all-NaN array giving ones,
# and the np.where trick that keeps NaN where the input had it.)
import numpy as np

# サンプルデータ(2番目に欠損値あり)
data = [2, np.nan, 3, 4]

# --- 普通の cumprod の場合 ---
print("普通の cumprod:", np.cumprod(data))

# --- nancumprod の場合 ---
print("nancumprod:", np.nancumprod(data))

# 全部 NaN の場合でも、しっかり NaN を維持するスタイル
data_all_nan = np.array([np.nan, np.nan])
print("全部 NaN:", np.nancumprod(data_all_nan))

# NaN の位置はそのまま NaN に戻す
kept = np.where(np.isnan(data_all_nan), np.nan, np.nancumprod(data_all_nan))
print("NaN を維持:", kept)

arr = np.array(data)
print("元の位置に NaN:", np.where(np.isnan(arr), np.nan, np.nancumprod(arr)))
print("空の配列:", np.nancumprod(np.array([])))
