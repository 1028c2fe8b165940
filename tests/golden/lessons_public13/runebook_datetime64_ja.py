# Source: https://runebook.dev/ja/articles/numpy/reference/arrays.scalars/numpy.datetime64 (the page's first example, as written)
import numpy as np

# 日付を作ってみようぜ!
date1 = np.datetime64('2024-07-29')
print(f"日付1: {date1}, 型: {type(date1)}")

# 時間も入れてみるか!
datetime1 = np.datetime64('2024-07-29T17:30:00')
print(f"日時1: {datetime1}, 型: {type(datetime1)}")

# タイムゾーンも指定できるんだぜ、クールだろ?
datetime_utc = np.datetime64('2024-07-29T17:30:00Z') # 'Z' はUTCって意味だ
print(f"UTC日時: {datetime_utc}")

# 精度も指定できるんだ、細かいとこまで気が利くぜ!
date_day = np.datetime64('2024-07-29', 'D') # 日単位
print(f"日単位の日付: {date_day}")

time_minute = np.datetime64('2024-07-29T17:30', 'm') # 分単位
print(f"分単位の日時: {time_minute}")
