# Source: https://runebook.dev/ja/docs/numpy/reference/arrays.datetime (the page's first example, as written)
import numpy as np

# 凝り固まった状態(型がバラバラ)
dates_str = np.array(['2025-08-01', '2025-08-03', '2025-08-05'])

# 型をdatetime64に揃えて、スッキリ!
dates = dates_str.astype('datetime64[D]') # '[D]'は日単位
print(dates)
print(dates.dtype)
