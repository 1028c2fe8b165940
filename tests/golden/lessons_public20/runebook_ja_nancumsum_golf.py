# Modeled on: https://runebook.dev/ja/docs/numpy/reference/generated/numpy.nancumsum
# (written after the Japanese golf-themed page "データ分析の「池ポチャ」を防ぐ!numpy.nancumsum()":
# hole scores with a missing third hole, np.cumsum spoiling the rest and np.nancumsum going on;
# its last snippet uses pandas' Series.cumsum (skipna=True), cut here since npcalc has no pandas.)
import numpy as np

# ゴルフの各ホールのスコア(3ホール目が未記入/NaNだとします)
scores = [4, 3, np.nan, 5]
# 普通の累積和を使ってみると...
bad_total = np.cumsum(scores)
print(bad_total)

# nancumsum なら安心!
good_total = np.nancumsum(scores)
print(good_total)
