# Modeled on: https://runebook.dev/ja/docs/numpy/reference/generated/numpy.ma.cumprod
# (written after the fortune-teller page "【NumPy】消えた運勢を取り戻せ!ma.cumprod()": a 0.0 in
# the fortune data masked with ma.masked_equal, ma.cumprod skipping it, and the plain
# np.cumprod that ignores a mask; the page is cut off after its first print, so the other
# prints follow its comments.)
import numpy as np
import numpy.ma as ma

# 1. 運勢データ(1.0が普通、2.0が最高、0.0は不吉...?)
fortune_data = np.array([1.5, 2.0, 0.5, 0.0, 1.2])

# 2. マスクを作成(0.0 のところを「なかったこと」にする)
masked_fortune = ma.masked_equal(fortune_data, 0.0)

# 3. ma.cumprod() を実行
result = ma.cumprod(masked_fortune)

print(f"元のデータ: {fortune_data}")
print(f"マスク後:   {masked_fortune}")
print(f"累積積:     {result}")
print(f"普通の cumprod: {np.cumprod(fortune_data)}")
print(f"埋めた結果: {result.filled(-1)}")
print(masked_fortune.cumprod())
